package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The error contract of DESIGN.md, kept in one place ({@link Footplan}): 2 for bad input and 3 for a referral
 * with never a stack trace, 1 for a bug with the stack trace only when asked for (--verbose or FOOTPLAN_DEBUG=1).
 */
class ErrorContractTest {

    private static final String BUG = "footplan: unexpected error: java.lang.IllegalStateException: a bug. This is a"
            + " bug in footplan; run again with --verbose or FOOTPLAN_DEBUG=1 for details.\n";

    /** A command with a bug, standing in for any unexpected failure of a real one. */
    @Command(name = "bug")
    static final class Bug implements Callable<Integer> {
        private final Throwable failure;

        Bug(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private static Cli.Result run(Throwable failure, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Footplan.commandLine(Cli.environment("test-program", ""));
        cli.addSubcommand(new Bug(failure));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void aBugExitsOneWithOneLineAndNoStackTrace() {
        Cli.Result result = run(new IllegalStateException("a bug"), "bug");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(BUG);
    }

    @Test
    void verboseShowsTheStackTraceOfABug() {
        Cli.Result result = run(new IllegalStateException("a bug"), "--verbose", "bug");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("footplan: unexpected error: java.lang.IllegalStateException: a bug. This"
                + " is a bug in footplan:\njava.lang.IllegalStateException: a bug\n\tat footplan.cli.ErrorContractTest");
    }

    /** Errors are not Exceptions, and the command line does not catch them by itself. */
    @Test
    void anErrorOfTheJavaMachineIsABugToo() {
        Cli.Result result = run(new StackOverflowError(), "bug");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("footplan: unexpected error: java.lang.StackOverflowError. This is a bug"
                + " in footplan; run again with --verbose or FOOTPLAN_DEBUG=1 for details.\n");
    }

    @Test
    void badInputNeverShowsAStackTraceEvenWhenVerbose() {
        Cli.Result result = Cli.run("--verbose", "plan", "--answers", "no/such/answers.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: no/such/answers.yaml: no such file").doesNotContain("\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void aReferralNeverShowsAStackTraceEvenWhenVerbose() {
        Cli.Result result = Cli.run("plan", "--verbose", "--answers", "examples/referral.yaml", "--calendar",
                "target/never-written.ics");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEmpty();
        assertThat(Path.of("target/never-written.ics")).doesNotExist();
    }

    @Test
    void badOptionsExitTwoAndSayHowToGetHelp() {
        Cli.Result result = Cli.run("plan", "--weeks", "3");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: Unknown options: '--weeks', '3'")
                .contains("Run 'footplan plan --help' to see the options.");
    }

    /** FOOTPLAN_DEBUG is read from the environment, so this runs footplan as its own process. */
    @Test
    void footplanDebugShowsTheStackTraceOfABug() throws IOException, InterruptedException {
        ProcessBuilder run = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), BugMain.class.getName()).redirectErrorStream(true);
        run.environment().put("FOOTPLAN_DEBUG", "1");
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("footplan: unexpected error: java.lang.IllegalStateException: a bug. This is a"
                + " bug in footplan:\njava.lang.IllegalStateException: a bug\n\tat footplan.cli.ErrorContractTest");
    }

    /** footplan with the buggy command, as its own process. */
    public static final class BugMain {
        private BugMain() {
        }

        public static void main(String[] args) {
            CommandLine cli = Footplan.commandLine(Cli.environment("test-program", ""));
            cli.addSubcommand(new Bug(new IllegalStateException("a bug")));
            System.exit(cli.execute("bug"));
        }
    }
}
