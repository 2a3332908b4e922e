package footplan.cli;

import footplan.answers.CheckInsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs footplan's real command line in-process, as a person would from the shell, capturing its output. Public
 * for the web tests, which compare the server's answers with the command line's.
 */
public final class Cli {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** What one run gave back. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Environment environment(String programId, String input) {
        Reader reader = new StringReader(input);
        return new Environment(Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), () -> programId, false, reader);
    }

    public static Result run(String... args) {
        return runWith(environment("test-program", ""), args);
    }

    static Result runWith(Environment env, String... args) {
        args = withOwnCopyOfExamples(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Footplan.commandLine(env); // as Main builds it
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * An example's answers (and check-ins) planned from a folder of the run's own: the default calendar of
     * {@code examples/knee-runner.yaml} is {@code examples/calendars/knee-runner.ics}, which the README's first
     * command writes, and a program found there would be carried into the test's calendar as cancellations.
     */
    private static String[] withOwnCopyOfExamples(String... args) {
        String[] copy = args.clone();
        for (int i = 0; i + 1 < copy.length; i++) {
            if (copy[i].equals("--answers") && copy[i + 1].startsWith("examples/")) {
                copy[i + 1] = copyOf(Path.of(copy[i + 1])).toString();
            }
        }
        return copy;
    }

    /** One folder for every copy of a test run, removed with all it holds when the run ends. */
    private static Path copies;

    private static synchronized Path copies() throws IOException {
        if (copies == null) {
            Path folder = Files.createTempDirectory("footplan-examples-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(folder)));
            copies = folder;
        }
        return copies;
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static Path copyOf(Path example) {
        try {
            Path folder = Files.createTempDirectory(copies(), "example-");
            Path answers = Files.copy(example, folder.resolve(example.getFileName()));
            Path checkIns = CheckInsFile.defaultFor(example);
            if (Files.exists(checkIns)) {
                Files.copy(checkIns, folder.resolve(checkIns.getFileName()));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
