package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.TestRules;
import footplan.answers.AnswersFile;
import footplan.plan.JsonReport;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.plan.Stamps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answers give the same output: two plans of generated answers, into two different calendar files,
 * give the same text and JSON reports and the same calendar, byte for byte (the clock is fixed, so DTSTAMP is
 * too); through the command line as well.
 */
class PlanDeterminismTest {

    private static final int TRIES = 20;
    /** Few: every run of the command line compiles the rules. */
    private static final int COMMAND_LINE_TRIES = 3;

    private static final Stamps ENV = Cli.environment("test-program", "").stamps();

    @TempDir
    Path temp;

    @Test
    void theSameAnswersGiveTheSameReportsAndTheSameCalendar() {
        int[] n = {0};
        Samples.forAll(TRIES, GeneratedAnswers.answers(), answers -> {
            Path folder = temp.resolve("plan-" + n[0]++);
            PlanOutcome first = Planner.plan(answers, TestRules.BOOK, folder.resolve("one.ics"), false, ENV);
            PlanOutcome second = Planner.plan(answers, TestRules.BOOK, folder.resolve("two.ics"), false, ENV);

            assertThat(text(second).replace("two.ics", "one.ics")).isEqualTo(text(first));
            assertThat(JsonReport.of(second, true).replace("two.ics", "one.ics")).isEqualTo(JsonReport.of(first, true));
            if (!first.routine().referred()) {
                assertThat(bytes(folder.resolve("two.ics"))).isEqualTo(bytes(folder.resolve("one.ics")));
            }
        });
    }

    @Test
    void theCommandLineGivesTheSameOutputTwice() {
        int[] n = {0};
        Samples.forAll(COMMAND_LINE_TRIES, GeneratedAnswers.answers(), answers -> {
            Path folder = temp.resolve("sample-" + n[0]++);
            Path file = write(folder.resolve("answers.yaml"), AnswersFile.toYaml(answers));
            Cli.Result first = plan(file, folder.resolve("one").resolve("plan.ics"));
            Cli.Result second = plan(file, folder.resolve("two").resolve("plan.ics"));

            assertThat(first.exitCode()).as(first.toString()).isIn(0, 3);
            assertThat(second.exitCode()).isEqualTo(first.exitCode());
            assertThat(second.out().replace("/two/", "/one/")).isEqualTo(first.out());
            assertThat(second.err()).isEqualTo(first.err()).isEmpty();
            if (first.exitCode() == 0) {
                assertThat(bytes(folder.resolve("two").resolve("plan.ics")))
                        .isEqualTo(bytes(folder.resolve("one").resolve("plan.ics")));
            }
        });
    }

    private static String text(PlanOutcome outcome) {
        StringWriter out = new StringWriter();
        TextReport.print(outcome, true, new PrintWriter(out));
        return out.toString();
    }

    private static Cli.Result plan(Path answers, Path calendar) {
        return Cli.run("plan", "--answers", answers.toString(), "--calendar", calendar.toString(), "--explain");
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
