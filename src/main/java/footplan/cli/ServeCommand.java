package footplan.cli;

import footplan.UserInputException;
import footplan.web.WebServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan serve}: the questionnaire, plans, handouts, check-ins and calendars as local web pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve footplan as web pages on this computer: the questionnaire, your plan with pictures, a"
                + " printable handout, check-ins and your calendar to download or subscribe to.",
                "The pages read and write the same files as the other commands, in --dir. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    /**
     * An address literal: the server never looks a name up, so what it binds to is what the person typed. IPv4 in
     * four decimal parts only: Java looks {@code 999.1.1.1} up as a host name and reads {@code 12345} as 0.0.48.57.
     * With a colon Java takes it as IPv6 and never looks it up.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). Another"
                    + " address lets other computers on the network reach your answers.")
    String bind;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "The folder of answers files, check-ins and calendars/ (default: the current folder).")
    Path dir;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws InterruptedException {
        InetAddress address = address();
        checkPort();
        checkDir();
        var settings = new WebServer.Settings(dir, address, port, rules.load(), footplan.env.stamps());
        WebServer server = start(settings);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("footplan: warning: listening on " + bind + ", not only on this computer: anyone who can"
                    + " reach it on the network can read and change the answers in " + dir.toAbsolutePath() + ".");
            err.flush();
        }
        out.println("footplan is serving " + dir.toAbsolutePath().normalize() + " at " + server.address());
        out.println("Open that address in your browser. Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "footplan-stop"));
        stopped.await();
        return ExitCode.DONE;
    }

    private InetAddress address() {
        String literal = bind.startsWith("[") && bind.endsWith("]") ? bind.substring(1, bind.length() - 1) : bind;
        if (literal.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (!ADDRESS.matcher(literal).matches()) {
            throw new UserInputException("--bind " + bind + ": give an address such as 127.0.0.1 (this computer"
                    + " only), ::1 or 0.0.0.0 (every network), not a host name");
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new UserInputException("--bind " + bind + ": not an address; give one such as 127.0.0.1");
        }
    }

    private void checkPort() {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port " + port + ": give a port from 1 to 65535, or 0 for a free one");
        }
    }

    private void checkDir() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("--dir " + dir + ": no such folder; give the folder that holds (or will"
                    + " hold) your answers files");
        }
    }

    private WebServer start(WebServer.Settings settings) {
        try {
            return WebServer.start(settings);
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new UserInputException("--port " + port + ": cannot listen on " + bind + ":" + port + " ("
                        + "it is in use, or not an address of this computer); give another --port or --bind");
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }
}
