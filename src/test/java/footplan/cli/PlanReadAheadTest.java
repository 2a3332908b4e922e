package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} reads the previous calendar while the rules run; what a person sees must not change. */
class PlanReadAheadTest {

    @TempDir
    Path temp;

    private Path damagedCalendar() throws IOException {
        Path calendar = temp.resolve("plan.ics");
        Files.writeString(calendar, "BEGIN:VCALENDAR\r\nthis is not a calendar footplan wrote\r\n");
        return calendar;
    }

    @Test
    void aDamagedPreviousCalendarIsReportedAndKept() throws IOException {
        Path calendar = damagedCalendar();
        byte[] before = Files.readAllBytes(calendar);

        Cli.Result result = Cli.run("plan", "--answers", "examples/knee-runner.yaml", "--calendar", calendar.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(calendar.toString()).doesNotContain("\tat ");
        assertThat(Files.readAllBytes(calendar)).isEqualTo(before);
    }

    @Test
    void aReferralDoesNotLookAtTheCalendarItDoesNotTouch() throws IOException {
        Path calendar = damagedCalendar();
        byte[] before = Files.readAllBytes(calendar);

        Cli.Result result = Cli.run("plan", "--answers", "examples/referral.yaml", "--calendar", calendar.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).isEmpty();
        assertThat(Files.readAllBytes(calendar)).isEqualTo(before);
    }
}
