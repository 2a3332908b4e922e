package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar file through the command line: runs at the same time, folders that cannot be written, a previous
 * calendar that is damaged or was edited by hand, a folder where the file should be, and names with spaces and
 * letters beyond ASCII. Nothing is ever lost: a run that cannot do its job says why and leaves the files as they
 * were.
 */
class CalendarFilesTest {

    private static final String ANSWERS = "examples/knee-runner.yaml";

    @TempDir
    Path temp;

    private static Cli.Result plan(Path answers, Path calendar, String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--answers", answers.toString(), "--calendar",
                calendar.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path answersAt(String time) throws IOException {
        Path answers = temp.resolve("answers-" + time.replace(":", "") + ".yaml");
        Files.writeString(answers, Files.readString(Path.of(ANSWERS)).replace("\"07:30\"", "\"" + time + "\""));
        return answers;
    }

    /**
     * Four runs on one calendar at once, each with a new time for every session: they take turns, so each run
     * updates what the one before it wrote and every event ends with SEQUENCE 3, one step per run after the first.
     * Runs that overlapped without taking turns would lose updates and leave a lower SEQUENCE.
     */
    @Test
    void runsAtTheSameTimeTakeTurnsAndNoUpdateIsLost() throws Exception {
        Path calendar = temp.resolve("calendars").resolve("plan.ics");
        List<Path> answers = List.of(answersAt("06:00"), answersAt("07:00"), answersAt("08:00"), answersAt("09:00"));
        CyclicBarrier start = new CyclicBarrier(answers.size());
        ExecutorService runs = Executors.newFixedThreadPool(answers.size());
        try {
            List<Future<Cli.Result>> results = new ArrayList<>();
            for (Path a : answers) {
                results.add(runs.submit(() -> {
                    start.await();
                    return plan(a, calendar);
                }));
            }
            for (Future<Cli.Result> result : results) {
                Cli.Result r = result.get(60, TimeUnit.SECONDS);
                assertThat(r.exitCode()).as(r.toString()).isZero();
            }
        } finally {
            runs.shutdownNow();
        }

        String ics = Files.readString(calendar);
        assertThat(sequences(ics)).isNotEmpty().allMatch(sequence -> sequence == answers.size() - 1);
        assertThat(Files.readString(calendar.resolveSibling("plan.ics.bak"))).startsWith("BEGIN:VCALENDAR");
        assertThat(Cli.run("plan", "--answers", answers.get(0).toString(), "--calendar", calendar.toString())
                .exitCode()).isZero();
        assertThat(names(calendar.getParent())).containsExactly(".plan.ics.lock", ".plan.ics.sequences", "plan.ics",
                "plan.ics.bak");
    }

    @Test
    void aCalendarFolderThatIsAFileIsReportedAndNothingIsWritten() throws IOException {
        Path notAFolder = temp.resolve("calendars");
        Files.writeString(notAFolder, "a plain file");
        Path calendar = notAFolder.resolve("plan.ics");

        Cli.Result result = plan(Path.of(ANSWERS), calendar);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: " + calendar + ": cannot create the folder ")
                .doesNotContain("\tat ");
        assertThat(Files.readString(notAFolder)).isEqualTo("a plain file");
    }

    /** Permission bits do not stop root, so this only runs as an ordinary user. */
    @Test
    void aCalendarFolderWithoutWritePermissionIsReportedAndTheCalendarIsKept() throws IOException {
        Path folder = temp.resolve("calendars");
        Path calendar = folder.resolve("plan.ics");
        assertThat(plan(Path.of(ANSWERS), calendar).exitCode()).isZero();
        byte[] before = Files.readAllBytes(calendar);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root: permission bits do not stop writes");

            Cli.Result result = plan(answersAt("18:00"), calendar);

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("footplan: " + calendar + ": ").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(calendar)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderWhereTheCalendarShouldBeIsRefused() throws IOException {
        Path calendar = Files.createDirectories(temp.resolve("calendars").resolve("plan.ics"));

        Cli.Result result = plan(Path.of(ANSWERS), calendar);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("footplan: " + calendar
                + ": is a folder, not a calendar file; choose another --calendar file\n");
        assertThat(calendar).isEmptyDirectory();
    }

    @Test
    void aDamagedCalendarIsNeverSilentlyReplacedAndFreshIsTheWayOut() throws IOException {
        Path calendar = temp.resolve("calendars").resolve("plan.ics");
        assertThat(plan(Path.of(ANSWERS), calendar).exitCode()).isZero();
        String damaged = Files.readString(calendar).substring(0, 500);
        Files.writeString(calendar, damaged);

        Cli.Result refused = plan(Path.of(ANSWERS), calendar);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("footplan: " + calendar + ": the previous calendar cannot be read (")
                .contains("run with --fresh").doesNotContain("\tat ");
        assertThat(Files.readString(calendar)).isEqualTo(damaged);

        Cli.Result fresh = plan(Path.of(ANSWERS), calendar, "--fresh");

        assertThat(fresh.exitCode()).as(fresh.toString()).isZero();
        assertThat(fresh.out()).contains("the previous calendar is kept as " + calendar.resolveSibling("plan.ics.bak"));
        assertThat(Files.readString(calendar.resolveSibling("plan.ics.bak"))).isEqualTo(damaged);
    }

    /** Exit 3 all the same, nothing on standard error; the referral says the calendar's sessions are still there. */
    @Test
    void aReferralLeavesEvenADamagedCalendarAlone() throws IOException {
        Path calendar = temp.resolve("plan.ics");
        Files.writeString(calendar, "BEGIN:VCALENDAR\r\nthis is not a calendar footplan wrote\r\n");
        byte[] before = Files.readAllBytes(calendar);

        Cli.Result result = plan(Path.of("examples/referral.yaml"), calendar);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("No routine was made. " + calendar + " could not be read or updated, so any"
                + " sessions", "ahead in it are still there: delete them in your calendar app.");
        assertThat(Files.readAllBytes(calendar)).isEqualTo(before);
        assertThat(calendar.resolveSibling("plan.ics.bak")).doesNotExist();
    }

    /** Someone moved an event and retitled another in the file itself; the rerun says what it puts back. */
    @Test
    void handEditsToTheCalendarAreReportedAsChangesAndKeptInTheBackup() throws IOException {
        Path calendar = temp.resolve("calendars").resolve("plan.ics");
        assertThat(plan(Path.of(ANSWERS), calendar).exitCode()).isZero();
        String original = Files.readString(calendar);
        int lastSummary = original.lastIndexOf("SUMMARY:Foot routine");
        String edited = (original.substring(0, lastSummary) + "SUMMARY:My feet"
                + original.substring(lastSummary + "SUMMARY:Foot routine".length()))
                .replaceFirst("T073000\r\n", "T090000\r\n");
        Files.writeString(calendar, edited);

        Cli.Result rerun = plan(Path.of(ANSWERS), calendar);

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.out()).contains("Moved (1):").contains("Changed (1):");
        assertThat(Files.readString(calendar.resolveSibling("plan.ics.bak"))).isEqualTo(edited);
    }

    @Test
    void anEventAddedByHandIsNotDiscardedSilently() throws IOException {
        Path calendar = temp.resolve("calendars").resolve("plan.ics");
        assertThat(plan(Path.of(ANSWERS), calendar).exitCode()).isZero();
        String edited = Files.readString(calendar).replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:dentist@example\r\n"
                + "DTSTAMP:20261120T090000Z\r\nDTSTART:20261202T090000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR");
        Files.writeString(calendar, edited);

        Cli.Result rerun = plan(Path.of(ANSWERS), calendar);

        assertThat(rerun.exitCode()).isEqualTo(2);
        assertThat(rerun.err()).contains("event dentist@example is not a session of program").contains("--fresh");
        assertThat(Files.readString(calendar)).isEqualTo(edited);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my calendars/plan for me.ics", "kalender/Zoë Müller.ics", "日历 🦶/计划.ics"})
    void pathsWithSpacesAndLettersBeyondAsciiWork(String name) throws IOException {
        Path calendar = temp.resolve(name);
        Path answers = temp.resolve(calendar.getParent().getFileName() + " answers ü.yaml");
        Files.copy(Path.of(ANSWERS), answers);

        Cli.Result first = plan(answers, calendar);
        Cli.Result again = plan(answers, calendar);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Calendar: " + calendar);
        assertThat(again.out()).contains("No changes since the last run");
        assertThat(Files.readString(calendar)).startsWith("BEGIN:VCALENDAR");
    }

    private static List<Integer> sequences(String ics) {
        List<Integer> sequences = new ArrayList<>();
        Matcher m = Pattern.compile("\r\nSEQUENCE:(\\d+)\r\n").matcher(ics);
        while (m.find()) {
            sequences.add(Integer.parseInt(m.group(1)));
        }
        return sequences;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
