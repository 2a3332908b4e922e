package footplan.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine;

/** Runs footplan's real command line in-process, as a person would from the shell, capturing its output. */
final class Cli {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** What one run gave back. */
    record Result(int exitCode, String out, String err) {
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

    static Result run(String... args) {
        return runWith(environment("test-program", ""), args);
    }

    static Result runWith(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Footplan.commandLine(env); // as Main builds it
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
