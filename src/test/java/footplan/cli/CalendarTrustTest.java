package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, the calendar: every line a person reads is true, in the terminal and in their calendar app. Through
 * the command line, on a copy of {@code examples/knee-runner.yaml}: Mon, Wed and Fri at 07:30 in Berlin from
 * Tue 1 Dec 2026, 6 weeks, Fri 25 Dec skipped. The clock says Mon 23 Nov 2026 unless {@code --now} says otherwise.
 */
class CalendarTrustTest {

    private static final String EXAMPLE = "examples/knee-runner.yaml";
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @TempDir
    Path temp;

    private Path answers() {
        return temp.resolve("answers.yaml");
    }

    /** The default calendar of {@link #answers()}. */
    private Path calendar() {
        return temp.resolve("calendars").resolve("answers.ics");
    }

    /** Writes the example as {@link #answers()}, each pair of strings replaced. */
    private void answersWith(String... replacements) throws IOException {
        String text = Files.readString(Path.of(EXAMPLE));
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(answers(), text);
    }

    /**
     * Plans into {@link #calendar()}, named with {@code --calendar} although it is the default, so that each test
     * fails on what it is about, whatever the default is.
     */
    private Cli.Result plan(String... more) {
        List<String> args = new ArrayList<>(List.of("--calendar", calendar().toString()));
        args.addAll(List.of(more));
        return run("test-program", "plan", args.toArray(String[]::new));
    }

    /** Plans into the default calendar of {@link #answers()}. */
    private Cli.Result planByDefault() {
        return run("test-program", "plan");
    }

    private Cli.Result run(String programId, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--answers", answers().toString()));
        args.addAll(List.of(more));
        return Cli.runWith(Cli.environment(programId, ""), args.toArray(String[]::new));
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        return new ObjectMapper().readTree(result.out());
    }

    /** One VEVENT of a file: its text as written, and a few unfolded, unescaped values. */
    record Event(String text, String uid, LocalDateTime start, String status, int sequence, String description,
                 boolean alarm) {
    }

    /** The VEVENTs of a calendar file, in file order, read as plainly as a person reads the text. */
    static List<Event> events(Path file) throws IOException {
        String ics = Files.readString(file);
        List<Event> events = new ArrayList<>();
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL).matcher(ics);
        while (m.find()) {
            String text = m.group();
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : text.replace("\r\n ", "").split("\r\n")) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).replaceFirst(";.*", "");
                values.putIfAbsent(name, line.substring(colon + 1));
            }
            events.add(new Event(text, values.get("UID"), LocalDateTime.parse(values.get("DTSTART"), ICS_LOCAL),
                    values.get("STATUS"), Integer.parseInt(values.get("SEQUENCE")), unescape(values.get("DESCRIPTION")),
                    text.contains("BEGIN:VALARM")));
        }
        return events;
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    private static List<Event> before(List<Event> events, LocalDateTime now) {
        return events.stream().filter(e -> e.start().isBefore(now)).toList();
    }

    private static List<Event> from(List<Event> events, LocalDateTime now) {
        return events.stream().filter(e -> !e.start().isBefore(now)).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // 1. A referral cancels what is ahead.

    @Test
    void aReferralCancelsTheSessionsAheadKeepsThePastAndSaysToImportAgain() throws IOException {
        answersWith();
        assertThat(plan().exitCode()).isZero();
        byte[] planned = Files.readAllBytes(calendar());
        LocalDateTime now = LocalDateTime.of(2026, 12, 9, 12, 0);
        List<Event> past = before(events(calendar()), now);
        answersWith("recent_fall_or_injury: false", "recent_fall_or_injury: true");

        Cli.Result referred = plan("--now", "2026-12-09T12:00");

        assertThat(referred.exitCode()).as(referred.toString()).isEqualTo(3);
        assertThat(referred.err()).isEmpty();
        List<Event> after = events(calendar());
        List<Event> ahead = from(after, now);
        assertThat(past).hasSize(4);
        assertThat(before(after, now)).isEqualTo(past);
        assertThat(ahead).hasSize(13).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.alarm()).as("a cancelled session does not remind").isFalse();
        });
        assertThat(referred.out()).contains("Please see a clinician", "No routine was made, and the 13 sessions"
                        + " ahead in " + calendar() + " are now cancelled",
                "Import the file again, or refresh it, so that your", "calendar app drops them too.")
                .doesNotContain("No routine or calendar was made");
        assertThat(Files.readAllBytes(calendar().resolveSibling("answers.ics.bak"))).isEqualTo(planned);
    }

    @Test
    void aReferralInJsonCountsTheCancelledSessionsAndSaysTheFileChanged() throws IOException {
        answersWith();
        plan();
        answersWith("recent_fall_or_injury: false", "recent_fall_or_injury: true");

        Cli.Result referred = plan("--format", "json");

        assertThat(referred.exitCode()).isEqualTo(3);
        JsonNode doc = json(referred);
        assertThat(doc.get("referral").get("reasons")).isNotEmpty();
        assertThat(doc.get("calendar").asText()).isEqualTo(calendar().toString());
        assertThat(doc.get("calendar_written").asBoolean()).isTrue();
        assertThat(doc.get("changes").get("cancelled")).hasSize(17);
        assertThat(doc.get("weeks")).isEmpty();
    }

    @Test
    void aReferralDryRunSaysWhatWouldBeCancelledAndWritesNothing() throws IOException {
        answersWith();
        plan();
        byte[] planned = Files.readAllBytes(calendar());
        List<String> files = names(calendar().getParent());
        answersWith("recent_fall_or_injury: false", "recent_fall_or_injury: true");

        Cli.Result referred = plan("--dry-run");

        assertThat(referred.exitCode()).isEqualTo(3);
        assertThat(referred.out()).contains("Without --dry-run, the 17 sessions ahead in " + calendar(),
                "would be cancelled; nothing was written.");
        assertThat(Files.readAllBytes(calendar())).isEqualTo(planned);
        assertThat(names(calendar().getParent())).isEqualTo(files);
    }

    @Test
    void clearedByAClinicianTheSessionsAheadComeBack() throws IOException {
        answersWith();
        plan();
        answersWith("recent_fall_or_injury: false", "recent_fall_or_injury: true");
        plan();
        answersWith();

        JsonNode doc = json(plan("--format", "json"));

        assertThat(doc.get("changes").get("added")).hasSize(17)
                .allSatisfy(line -> assertThat(line.asText()).endsWith("(back after being cancelled)"));
        assertThat(events(calendar())).allSatisfy(e -> assertThat(e.sequence()).isEqualTo(2));
        assertThat(doc.get("changes").get("exercises_added")).as("the same exercises as before").isEmpty();
    }

    // 2. History is fixed.

    @Test
    void aRerunWithANewTimeMovesOnlyTheSessionsAheadAndKeepsThePastByteForByte() throws IOException {
        answersWith();
        plan();
        LocalDateTime now = LocalDateTime.of(2026, 12, 9, 0, 0);
        List<Event> past = before(events(calendar()), now);
        answersWith("time: \"07:30\"", "time: \"18:15\"");

        Cli.Result text = plan("--now", "2026-12-09", "--dry-run");
        JsonNode doc = json(plan("--now", "2026-12-09", "--format", "json"));

        assertThat(past).hasSize(3);
        assertThat(before(events(calendar()), now)).isEqualTo(past);
        assertThat(from(events(calendar()), now)).hasSize(14)
                .allSatisfy(e -> assertThat(e.start().toLocalTime()).hasToString("18:15"));
        assertThat(doc.get("changes").get("past_kept").asInt()).isEqualTo(3);
        assertThat(doc.get("changes").get("moved")).hasSize(14);
        assertThat(text.out()).contains("  3 past sessions kept as they were.", "  Moved (14):");
    }

    @Test
    void nowWithATimeOfDayIsOnTheClockOfTheAnswersTimeZone() throws IOException {
        answersWith();
        plan();
        answersWith("time: \"07:30\"", "time: \"18:15\"");

        // 08:00 in Berlin is after the 07:30 session of Wed 9 Dec; 08:00 UTC would be 09:00 there, just as well,
        // but 07:00 in Berlin is before it.
        JsonNode at8 = json(plan("--now", "2026-12-09T08:00", "--format", "json", "--dry-run"));
        JsonNode at7 = json(plan("--now", "2026-12-09T07:00", "--format", "json", "--dry-run"));

        assertThat(at8.get("changes").get("past_kept").asInt()).isEqualTo(4);
        assertThat(at8.get("changes").get("left_out")).hasSize(1);
        assertThat(at8.get("changes").get("left_out").get(0).asText())
                .isEqualTo("week 2, session 1 on Wed 9 Dec 2026 18:15 (that session was already due on Wed 9 Dec"
                        + " 2026 07:30)");
        assertThat(at7.get("changes").get("past_kept").asInt()).isEqualTo(3);
        assertThat(at7.get("changes").get("left_out")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "tomorrow", "2026-12-09T25:00", "2026-12-09 18:00", "2026-02-30"})
    void aBadNowIsABadOptionNamingTheOptionAndTheFormat(String now) throws IOException {
        answersWith();
        for (String command : List.of("plan", "questionnaire")) {
            Cli.Result result = run("test-program", command, "--now", now);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains("--now", "'" + now + "'", "YYYY-MM-DD or YYYY-MM-DDTHH:MM")
                    .doesNotContain("\tat ");
        }
        Cli.Result batch = Cli.run("batch", temp.toString(), "--now", now);
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("--now", "YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void batchTakesNowToo() throws IOException {
        answersWith();
        assertThat(Cli.run("batch", temp.toString()).exitCode()).isZero();
        LocalDateTime now = LocalDateTime.of(2026, 12, 9, 0, 0);
        List<Event> past = before(events(calendar()), now);
        answersWith("time: \"07:30\"", "time: \"18:15\"");

        Cli.Result result = Cli.run("batch", temp.toString(), "--now", "2026-12-09");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(before(events(calendar()), now)).isEqualTo(past).hasSize(3);
        assertThat(result.out()).contains("calendars in " + temp.resolve("calendars"));
    }

    // 3. --dry-run.

    @Test
    void aDryRunShowsThePlanAndTheChangesAndWritesNothing() throws IOException {
        answersWith();
        Cli.Result first = plan("--dry-run");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Your exercises", "Calendar: " + calendar() + " would have 17 sessions"
                + " (dry run: nothing was written)").doesNotContain("To add the sessions");
        assertThat(temp.resolve("calendars")).doesNotExist();

        plan();
        byte[] planned = Files.readAllBytes(calendar());
        List<String> files = names(calendar().getParent());
        answersWith("time: \"07:30\"", "time: \"18:15\"");

        Cli.Result preview = plan("--dry-run");

        assertThat(preview.out()).contains("Moved (17):");
        assertThat(Files.readAllBytes(calendar())).isEqualTo(planned);
        assertThat(names(calendar().getParent())).isEqualTo(files).doesNotContain("answers.ics.bak");
    }

    // 4. One program per person.

    @Test
    void aNewNameKeepsTheCalendarAndNeverPutsTwoEventsAtOneTime() throws IOException {
        answersWith();
        planByDefault();
        answersWith("name: \"Knee runner\"", "name: \"Kim Runner\"");

        Cli.Result renamed = planByDefault();

        assertThat(renamed.out()).contains("Calendar: " + calendar(), "No changes since the last run.");
        assertThat(Files.readString(calendar())).contains("X-WR-CALNAME:Foot routine · Kim Runner");
        assertThat(names(calendar().getParent())).filteredOn(n -> n.endsWith(".ics")).containsExactly("answers.ics");
        List<Event> events = events(calendar());
        assertThat(events.stream().map(Event::start).distinct()).hasSize(events.size());
    }

    @Test
    void theSameAnswersFromAnotherFolderFindTheSameCalendar() throws IOException {
        answersWith();
        planByDefault();
        Path relative = Path.of("").toAbsolutePath().relativize(answers().toAbsolutePath());

        Cli.Result again = Cli.run("plan", "--answers", relative.toString());

        assertThat(again.out()).contains("Calendar: " + relative.resolveSibling("calendars").resolve("answers.ics"),
                "No changes since the last run.");
    }

    @Test
    void aNewCalendarFileCarriesTheDefaultCalendarsSessionsAheadCancelled() throws IOException {
        answersWith();
        plan();
        Path other = temp.resolve("elsewhere").resolve("mine.ics");

        Cli.Result moved = run("second-program", "plan", "--calendar", other.toString(), "--now", "2026-12-09");

        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("The 14 sessions ahead of the program it replaces (" + calendar()
                + ") are in it as cancelled: importing it removes them.");
        Map<LocalDateTime, List<Event>> byTime = new LinkedHashMap<>();
        for (Event e : events(other)) {
            byTime.computeIfAbsent(e.start(), t -> new ArrayList<>()).add(e);
        }
        assertThat(events(other)).filteredOn(e -> e.uid().startsWith("test-program-"))
                .hasSize(14).allSatisfy(e -> assertThat(e.status()).isEqualTo("CANCELLED"));
        assertThat(byTime.values()).allSatisfy(atOneTime ->
                assertThat(atOneTime).filteredOn(e -> e.status().equals("CONFIRMED")).hasSizeLessThanOrEqualTo(1));
    }

    // 5. Safety in every event.

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everySessionStartsWithItsExercisesAndEndsWithTheRulesSafetyAdvice(boolean legPain) throws IOException {
        answersWith("leg_radiating: false", "leg_radiating: " + legPain);

        JsonNode doc = json(plan("--format", "json"));

        List<String> advice = new ArrayList<>();
        doc.get("advice").forEach(a -> advice.add(a.asText()));
        String stop = advice.stream().filter(a -> a.contains("stop any exercise that makes your pain worse"))
                .findFirst().orElseThrow();
        String leg = "If the pain that travels down your leg";
        List<Event> events = events(calendar());
        assertThat(events).hasSize(17).allSatisfy(e -> {
            assertThat(e.description()).startsWith("Week ").contains("\n\n1. ").endsWith("\n\n" + stop);
            assertThat(e.description().contains(leg)).isEqualTo(legPain);
        });
        if (legPain) {
            String legLine = advice.stream().filter(a -> a.startsWith(leg)).findFirst().orElseThrow();
            assertThat(events).allSatisfy(e -> assertThat(e.description()).endsWith(legLine + "\n\n" + stop));
        }
    }

    // 6. A UID's SEQUENCE never goes down.

    @Test
    void restoringTheBackupAndRerunningNeverLowersASequence() throws IOException {
        answersWith();
        plan();
        answersWith("time: \"07:30\"", "time: \"18:15\"");
        plan();
        assertThat(events(calendar())).allSatisfy(e -> assertThat(e.sequence()).isEqualTo(1));
        Files.copy(calendar().resolveSibling("answers.ics.bak"), calendar(), StandardCopyOption.REPLACE_EXISTING);
        answersWith();

        Cli.Result back = plan();

        assertThat(back.exitCode()).isZero();
        assertThat(events(calendar())).allSatisfy(e -> {
            assertThat(e.sequence()).isEqualTo(2);
            assertThat(e.start().toLocalTime()).hasToString("07:30");
        });
    }

    // 7. The truth about each app.

    @Test
    void theClosingLinesTellEachAppsOwnWayInSixLines() throws IOException {
        answersWith();

        String out = plan().out();

        assertThat(out).contains("To add the sessions to your calendar app:");
        List<String> closing = out.substring(out.indexOf("To add the sessions to your calendar app:")).lines()
                .filter(l -> !l.isBlank()).toList();
        assertThat(closing).hasSizeLessThanOrEqualTo(6);
        assertThat(String.join("\n", closing)).contains("Apple Calendar", "Thunderbird: File > Open > Calendar File",
                "khal import --batch " + calendar(), "ICSx⁵", "Google, Outlook", "delete it and import again");
        assertThat(out).doesNotContain("updated instead of duplicated", "are updated");
    }
}
