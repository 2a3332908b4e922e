package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code footplan checkin} end to end, with {@code plan} after it: the check-in is saved, the weeks after it
 * change as the rules decide, and the calendar's past sessions stay as they were.
 */
class CheckinCommandTest {

    /** Wed 9 Dec 2026 is the last session before this: the knee runner's sessions are Mon, Wed, Fri at 07:30. */
    private static final String NOW = "2026-12-10T20:00";
    private static final Pattern EVENT = Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL);
    private static final Pattern UID = Pattern.compile("^UID:(.*)$", Pattern.MULTILINE);
    private static final Pattern START = Pattern.compile("^DTSTART;TZID=[^:]+:(\\d{8})T", Pattern.MULTILINE);

    @TempDir
    Path temp;

    private Path answers;

    @BeforeEach
    void copyTheKneeRunner() throws IOException {
        // A copy, so that the check-ins beside it are the test's own, not the example's.
        answers = temp.resolve("knee.yaml");
        Files.copy(Path.of("examples/knee-runner.yaml"), answers);
    }

    private Path calendar() {
        return temp.resolve("calendars").resolve("knee.ics");
    }

    private Path checkIns() {
        return temp.resolve("knee.checkins.yaml");
    }

    private String[] args(String command, String... more) {
        return Stream.concat(Stream.of(command, "--answers", answers.toString(), "--now", NOW),
                Arrays.stream(more)).toArray(String[]::new);
    }

    private Cli.Result run(String command, String... more) {
        return Cli.run(args(command, more));
    }

    private Cli.Result piped(String input, String... more) {
        return Cli.runWith(Cli.environment("test-program", input), args("checkin", more));
    }

    /** The calendar's events by UID, unfolded, without DTSTAMP (the time of writing). */
    private Map<String, String> events() throws IOException {
        String text = Files.readString(calendar()).replace("\r\n ", "");
        Map<String, String> events = new LinkedHashMap<>();
        Matcher event = EVENT.matcher(text);
        while (event.find()) {
            String body = event.group(1).replaceAll("(?m)^DTSTAMP:.*\r\n", "");
            Matcher uid = UID.matcher(body);
            assertThat(uid.find()).isTrue();
            events.put(uid.group(1).strip(), body);
        }
        return events;
    }

    private static boolean past(String event) {
        Matcher start = START.matcher(event);
        assertThat(start.find()).as(event).isTrue();
        return start.group(1).compareTo("20261210") < 0;
    }

    private static boolean week(String event, int week) {
        return event.contains("-w0" + week + "-");
    }

    @Test
    void aCheckInWithPainAboveFiveStepsTheNextWeekBackInThePlanAndTheCalendarAhead() throws IOException {
        assertThat(run("plan").exitCode()).isZero();
        Map<String, String> before = events();

        Cli.Result checkin = run("checkin", "--date", "2026-12-07", "--done", "--pain-during", "6",
                "--pain-next-morning", "4", "--effort", "right", "--note", "stairs");

        assertThat(checkin.exitCode()).as(checkin.toString()).isZero();
        assertThat(checkin.err()).isEmpty();
        assertThat(checkin.out()).contains("Checked in Mon 7 Dec 2026: done, pain 6/10 during, 4/10 next morning",
                "Progress from your check-ins", "Week 1: 1 done, 0 missed; pain during 6/10, next morning 4/10",
                "Week 2: step back, at week 1's doses", "pain 6/10 during Mon 7 Dec",
                "Why week 2 changed: Week 2 stays at the dose of week 1 of the plan");
        assertThat(Files.readString(checkIns())).contains("date: 2026-12-07", "pain_during: 6",
                "pain_next_morning: 4", "effort: right", "note: \"stairs\"");

        Map<String, String> after = events();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((uid, event) -> {
            if (past(event)) {
                assertThat(after.get(uid)).as("past session " + uid).isEqualTo(event);
            } else if (week(event, 2)) {
                assertThat(event).contains("2 sets of 12 slow raises");
                assertThat(after.get(uid)).as("week 2 ahead, at week 1's dose").contains("2 sets of 10 slow raises",
                        "SEQUENCE:1");
            }
        });

        // plan reads the same check-ins: the same routine, and nothing more to change in the calendar.
        Cli.Result plan = run("plan", "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(plan.out());
        assertThat(doc.get("checkins").get(0).get("date").asText()).isEqualTo("2026-12-07");
        assertThat(doc.get("checkins").get(0).get("effort").asText()).isEqualTo("right");
        JsonNode decision = doc.get("weeks").get(1).get("decision");
        assertThat(decision.get("verdict").asText()).isEqualTo("step_back");
        assertThat(decision.get("step").asInt()).isEqualTo(1);
        assertThat(decision.get("reason").asText()).contains("6/10");
        assertThat(doc.get("weeks").get(1).get("exercises").findValuesAsText("dosage"))
                .isEqualTo(doc.get("weeks").get(0).get("exercises").findValuesAsText("dosage"));
        assertThat(doc.get("changes").get("changed").size()).isZero();
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void explainShowsTheProgressionRulesThatFired() {
        assertThat(run("checkin", "--done", "--pain-during", "6").exitCode()).isZero();

        Cli.Result plan = run("plan", "--explain");

        assertThat(plan.out()).contains("Why: each decision of the rules, by exercise", "6/10");
    }

    @Test
    void withoutTheNeededOptionsItAsksOneAnswerPerLineForTheLatestSessionWithoutACheckIn() throws IOException {
        Cli.Result result = piped("\n?\n3\n2\nright\ncalves tight\n");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Checking in for the session of Wed 9 Dec 2026",
                "Did you do the session of Wed 9 Dec 2026? y/n [y]: ", "Worst pain during the session, 0-10: ",
                "0 is no pain", "Checked in Wed 9 Dec 2026: done, pain 3/10 during, 2/10 next morning, effort right"
                        + " (calves tight)");
        assertThat(Files.readString(checkIns())).contains("date: 2026-12-09", "pain_during: 3");
    }

    @Test
    void aBadAnswerAtThePromptIsAskedAgainAndAMissedSessionAsksOnlyForANote() throws IOException {
        Cli.Result result = piped("maybe\nn\ntravelling\n", "--date", "2026-12-07");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("type y or n", "Checked in Mon 7 Dec 2026: missed (travelling)");
        assertThat(Files.readString(checkIns())).contains("done: false", "note: \"travelling\"");
    }

    @Test
    void inputThatEndsBeforeTheCheckInIsCompleteExitsTwoAndWritesNothing() {
        Cli.Result result = piped("y\n");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("standard input ended", "unchanged");
        assertThat(checkIns()).doesNotExist();
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void checkingInAgainForADateReplacesItsCheckInAndSaysSo() throws IOException {
        assertThat(run("checkin", "--done", "--pain-during", "2").exitCode()).isZero();

        Cli.Result again = run("checkin", "--date", "2026-12-09", "--missed");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("This replaces the earlier check-in for Wed 9 Dec 2026",
                "knee.checkins.yaml.bak");
        assertThat(Files.readString(checkIns())).contains("done: false").doesNotContain("pain_during: 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--pain-during 11                      | --pain-during: 11 is out of range; allowed 0-10",
        "--pain-during 3 --effort hadr         | --effort: \"hadr\" is not an effort; allowed: easy, right, hard",
        "--pain-during 3 --date 2026-12-11     | --date 2026-12-11: the session of Fri 11 Dec 2026 07:30 has not",
        "--pain-during 3 --date 2026-12-08     | --date 2026-12-08: is not the date of a session of the program",
        "--pain-during 3 --date 2026-12-32     | --date: \"2026-12-32\" is not a date",
        "--missed --pain-during 3              | --missed: a missed session has no pain or effort to rate",
    })
    void badInputExitsTwoWithOneLineAndWritesNothing(String options, String message) {
        String[] more = Stream.concat(Stream.of("--done"), Arrays.stream(options.strip().split(" +")))
                .filter(o -> !(o.equals("--done") && options.contains("--missed"))).toArray(String[]::new);

        Cli.Result result = run("checkin", more);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: " + message).doesNotContain("\tat ");
        assertThat(result.err().strip().lines().count()).isEqualTo(1);
        assertThat(checkIns()).doesNotExist();
    }

    @Test
    void aCheckInWithPainEightIsAReferralThatCancelsTheSessionsAhead() throws IOException {
        assertThat(run("plan").exitCode()).isZero();
        Map<String, String> before = events();

        Cli.Result result = run("checkin", "--done", "--pain-during", "8");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).contains("Please see a clinician", "now cancelled");
        assertThat(Files.readString(checkIns())).contains("pain_during: 8");
        Map<String, String> after = events();
        before.forEach((uid, event) -> {
            if (past(event)) {
                assertThat(after.get(uid)).as("past session " + uid).isEqualTo(event);
            } else {
                assertThat(after.get(uid)).as("session ahead " + uid).contains("STATUS:CANCELLED");
            }
        });
    }

    @Test
    void aPlanWhoseCheckInIsNotOnASessionDateExitsTwoNamingTheFileTheEntryAndTheKey() throws IOException {
        Path file = temp.resolve("other.checkins.yaml");
        Files.writeString(file, "- date: 2026-12-08\n  done: false\n");

        Cli.Result result = run("plan", "--checkins", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: " + file + ": ").contains("2026-12-08", "date:",
                "is not the date of a session");
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void checkInsOfSessionsNotBegunYetWaitAndSaySo() {
        // NOW is Thu 10 Dec: the example's check-ins from Fri 11 Dec on are of sessions still ahead.
        Cli.Result result = run("plan", "--checkins", "examples/knee-runner.checkins.yaml", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("5 check-ins are for sessions not begun yet (Fri 11 Dec 2026 to Mon 21 Dec"
                + " 2026): they count once their sessions have begun.", "Week 1: 3 done, 0 missed")
                .doesNotContain("Week 2: 3 done", "steps back");
    }
}
