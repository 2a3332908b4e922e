package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footplan batch} end to end: a folder of answers in; calendars, progress, failures and a summary out. */
class BatchCommandTest {

    @TempDir
    Path temp;

    private Path people() throws IOException {
        return Files.createDirectories(temp.resolve("people"));
    }

    private Path out() {
        return temp.resolve("out");
    }

    private void copy(String example, String as) throws IOException {
        Files.copy(Path.of("examples", example), people().resolve(as));
    }

    private Cli.Result batch(String... more) {
        String[] args = Stream.concat(Stream.of("batch", temp.resolve("people").toString(), "--out", out().toString()),
                Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    /** The files a person sees in the output folder; the hidden lock files that guard each calendar are left out. */
    private List<String> calendars() throws IOException {
        if (!Files.isDirectory(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void checkInsBesideTheAnswersAreNotTakenForAnswers() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        copy("knee-runner.checkins.yaml", "alex.checkins.yaml");

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(calendars()).containsExactly("alex.ics");
    }

    @Test
    void everyPersonGetsTheCalendarThatPlanWouldWrite() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        copy("office-heels.yaml", "sam.yml");
        copy("hip-no-floor.yaml", "zoe.yaml");

        Cli.Result result = batch("--jobs", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(calendars()).containsExactly("alex.ics", "sam.ics", "zoe.ics");
        Path single = temp.resolve("single.ics");
        Cli.run("plan", "--answers", "examples/office-heels.yaml", "--calendar", single.toString());
        assertThat(Files.readString(out().resolve("sam.ics"))).isEqualTo(Files.readString(single));
        assertThat(result.out()).contains("Batch: 3 planned, 0 referred, 0 failed of 3 files in ")
                .contains("plans/s").contains("calendars in " + out());
    }

    @Test
    void aBadFileAndAReferralDoNotStopTheOthersAndTheBadOneIsReportedAtTheEnd() throws IOException {
        copy("knee-runner.yaml", "a-knee.yaml");
        copy("referral.yaml", "b-referral.yaml");
        Files.writeString(people().resolve("c-bad.yaml"), Files.readString(Path.of("examples/knee-runner.yaml"))
                .replace("time: \"07:30\"", "time: \"25:00\""));
        copy("hip-no-floor.yaml", "d-hip.yaml");

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(calendars()).containsExactly("a-knee.ics", "d-hip.ics");
        assertThat(result.err()).contains("1 file could not be planned:")
                .containsPattern("c-bad\\.yaml: schedule\\.time: .*25:00")
                .doesNotContain("\tat ");
        assertThat(result.out()).contains("Batch: 2 planned, 1 referred, 1 failed of 4 files")
                .contains("Should see a clinician first (no plan made):" + System.lineSeparator() + "  "
                        + people().resolve("b-referral.yaml"));
    }

    @Test
    void twoPeopleWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        copy("knee-runner.yaml", "first.yaml");
        Files.writeString(people().resolve("second.yaml"), Files.readString(Path.of("examples/hip-no-floor.yaml"))
                .replace("name: \"Zoë\"", "name: \"Knee runner\""));

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(calendars()).containsExactly("first.ics", "second.ics");
        assertThat(Files.readString(out().resolve("first.ics"))).isNotEqualTo(
                Files.readString(out().resolve("second.ics")));
    }

    @Test
    void filesThatShareAStemKeepTheirWholeName() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        copy("hip-no-floor.yaml", "alex.yml");

        assertThat(batch().exitCode()).isZero();
        assertThat(calendars()).containsExactly("alex.yaml.ics", "alex.yml.ics");
    }

    @Test
    void aRerunUpdatesTheCalendarsInPlace() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        batch();
        byte[] first = Files.readAllBytes(out().resolve("alex.ics"));

        Cli.Result again = batch();

        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(out().resolve("alex.ics"))).isEqualTo(first);
    }

    @Test
    void withoutATerminalProgressComesAsPlainLinesOnStandardError() throws IOException {
        for (int i = 0; i < 12; i++) {
            copy("knee-runner.yaml", "person-" + i + ".yaml");
        }

        Cli.Result result = batch("--jobs", "3");

        assertThat(result.err()).contains("footplan: planned 12/12 (100%)").doesNotContain("\r");
        assertThat(result.err().lines().filter(l -> l.startsWith("footplan: planned")).count()).isBetween(2L, 10L);
        assertThat(calendars()).hasSize(12);
    }

    @Test
    void onATerminalProgressIsABarRedrawnInPlace() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        copy("hip-no-floor.yaml", "zoe.yaml");
        Environment terminal = new Environment(Cli.environment("p", "").clock(), () -> "p", true,
                new java.io.StringReader(""));

        Cli.Result result = Cli.runWith(terminal, "batch", people().toString(), "--out", out().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("\r[").contains("] 100%  2/2").endsWith(System.lineSeparator());
    }

    @Test
    void aFolderWithoutAnswersIsBadInput() throws IOException {
        people();

        Cli.Result result = batch();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("has no answers files");
    }

    @Test
    void aMissingFolderIsBadInput() {
        Cli.Result result = Cli.run("batch", temp.resolve("nobody").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nobody: is not a folder");
    }

    @Test
    void zeroJobsIsABadOption() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");

        Cli.Result result = batch("--jobs", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--jobs 0");
        assertThat(calendars()).isEmpty();
    }

    @Test
    void byDefaultTwiceTheProcessorsPlanAtOnceButNeverMoreThanJobsAllows() {
        assertThat(BatchCommand.defaultJobs(1)).isEqualTo(2);
        assertThat(BatchCommand.defaultJobs(2)).isEqualTo(4);
        assertThat(BatchCommand.defaultJobs(128)).isEqualTo(256);
        assertThat(BatchCommand.defaultJobs(200)).isEqualTo(256);
    }

    @Test
    void brokenRulesStopTheBatchBeforeAnyCalendar() throws IOException {
        copy("knee-runner.yaml", "alex.yaml");
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Files.writeString(rules.resolve("safety.drl"),
                Files.readString(rules.resolve("safety.drl")).replace("Pain(level >= 8", "Pain(levl >= 8"));

        Cli.Result result = batch("--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(rules.resolve("safety.drl").toString())
                + ":\\d+: .*levl");
        assertThat(calendars()).isEmpty();
    }
}
