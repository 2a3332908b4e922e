package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code footplan plan} end to end: arguments in; exit code, output and calendar out. */
class PlanCommandTest {

    @TempDir
    Path temp;

    private Path calendar() {
        return temp.resolve("calendars").resolve("plan.ics");
    }

    private Cli.Result plan(String answers, String... more) {
        String[] args = Stream.concat(Stream.of("plan", "--answers", answers, "--calendar", calendar().toString()),
                Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        return new ObjectMapper().readTree(result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/knee-runner.yaml", "examples/office-heels.yaml", "examples/hip-no-floor.yaml"})
    void everyPlanningExamplePlansAndWritesACalendar(String example) throws IOException {
        Cli.Result result = plan(example);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Your exercises, in the order you do them", "Doses by week", "Sessions",
                "Calendar: " + calendar());
        assertThat(Files.readString(calendar())).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT");
    }

    @Test
    void theKneeRunnerGetsTibialisAndToeCurlsWithReasonsAndHerWordsUnderstood() throws IOException {
        JsonNode doc = json(plan("examples/knee-runner.yaml", "--format", "json"));

        assertThat(doc.get("referral").isNull()).isTrue();
        JsonNode week1 = doc.get("weeks").get(0);
        assertThat(week1.get("week").asInt()).isEqualTo(1);
        assertThat(week1.get("minutes").asInt()).isLessThanOrEqualTo(20);
        assertThat(week1.get("exercises").findValuesAsText("id")).contains("tibialis-anterior", "toe-curls");
        assertThat(doc.get("notes").toString()).contains("Understood in your footwear notes");
        assertThat(doc.get("sessions").size()).isGreaterThan(10);
        assertThat(doc.get("calendar").asText()).isEqualTo(calendar().toString());
    }

    @Test
    void jsonOutputIsOnlyTheDocumentWithTheDocumentedFields() throws IOException {
        Cli.Result result = plan("examples/hip-no-floor.yaml", "--format", "json");

        JsonNode doc = json(result);
        assertThat(doc.fieldNames()).toIterable().contains("referral", "advice", "weeks", "sessions", "calendar",
                "changes");
        JsonNode exercise = doc.get("weeks").get(0).get("exercises").get(0);
        assertThat(exercise.fieldNames()).toIterable().contains("id", "name", "adaptation", "sets", "reps",
                "hold_seconds", "per_side", "minutes", "steps", "reasons");
        JsonNode session = doc.get("sessions").get(0);
        assertThat(session.get("start").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(session.get("uid").asText()).contains("test-program");
    }

    @Test
    void theHipExampleIsAdaptedAndSaysSo() throws IOException {
        JsonNode doc = json(plan("examples/hip-no-floor.yaml", "--format", "json"));

        JsonNode exercises = doc.get("weeks").get(0).get("exercises");
        assertThat(exercises.findValuesAsText("id")).doesNotContain("toe-walking");
        assertThat(doc.get("notes").toString()).contains("Toe walking is left out");
        JsonNode tibialis = exercises.get(2);
        assertThat(tibialis.get("name").asText()).isEqualTo("Tibialis anterior without a band");
        assertThat(tibialis.get("variant").asText()).isEqualTo("chair-no-band");
        assertThat(tibialis.get("position").asText()).isEqualTo("sitting on a chair");
        assertThat(tibialis.get("adaptation").asText()).contains("abilities.sit_on_floor", "(equipment)");
    }

    /**
     * Zoë cannot get down to the floor or stand on one leg and has no band: nothing she reads, in the plan, its JSON
     * or the calendar's events, tells her to.
     */
    @Test
    void theHipExampleAsksNothingZoeCannotDoInThePlanTheJsonOrTheCalendar() throws IOException {
        Cli.Result text = plan("examples/hip-no-floor.yaml");
        String calendar = Files.readString(calendar()).replace("\r\n ", "").replace("\\n", "\n")
                .replace("\\,", ",").replace("\\;", ";");
        String json = plan("examples/hip-no-floor.yaml", "--format", "json").out();

        for (String words : new String[] {text.out(), calendar, json}) {
            assertThat(words).contains("Tibialis anterior without a band", "Heel raises on both feet, holding a chair",
                            "Ankle circles on a bed", "Sit on a chair with your right leg straight out")
                    .doesNotContain("Sit on the floor", "on your back on the floor", "Loop an exercise band",
                            "Lift your left foot", "Tibialis anterior with a band");
        }
        assertThat(text.out()).contains("3. Tibialis anterior without a band (sitting on a chair)",
                "Adapted: You cannot sit on the floor");
        assertThat(calendar).contains("Tibialis anterior without a band (sitting on a chair)",
                "Adaptation: You cannot sit on the floor");
    }

    @Test
    void aReferralExitsThreeWithACalmMessageAndNoCalendar() {
        Cli.Result result = plan("examples/referral.yaml");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("Please see a clinician", "safety.recent_fall_or_injury",
                "No routine or calendar was made");
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void aReferralInJsonHasReasonsAndNoWeeks() throws IOException {
        Cli.Result result = plan("examples/referral.yaml", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(3);
        JsonNode doc = json(result);
        assertThat(doc.get("referral").get("reasons").get(0).asText()).contains("recent fall");
        assertThat(doc.get("weeks").size()).isZero();
        assertThat(doc.get("calendar").isNull()).isTrue();
    }

    @Test
    void explainShowsEveryRuleThatFired() {
        Cli.Result result = plan("examples/knee-runner.yaml", "--explain");

        assertThat(result.out()).contains("Why: each decision of the rules, by exercise",
                "Knee pain makes the tibialis anterior exercise the most important",
                "Progress from the low end toward the high end over the program");
    }

    /**
     * The explanations come under a heading per exercise, in the order of the session, then the general ones; every
     * reason under an exercise names it, and no reason is printed twice under one heading.
     */
    @Test
    void explainGroupsTheDecisionsByExercise() throws IOException {
        String out = plan("examples/knee-runner.yaml", "--explain").out();
        JsonNode week1 = json(plan("examples/knee-runner.yaml", "--format", "json")).get("weeks").get(0);

        String why = out.substring(out.indexOf("Why: "), out.indexOf("\nSessions"));
        List<String> headings = new ArrayList<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (String line : why.split("\n")) {
            if (line.matches("  \\S.*")) {
                headings.add(line.strip());
            } else if (line.startsWith("        ")) {
                reasons.computeIfAbsent(headings.get(headings.size() - 1), k -> new ArrayList<>()).add(line.strip());
            }
        }
        List<String> planned = new ArrayList<>();
        week1.get("exercises").forEach(e -> planned.add(e.get("id").asText()));
        assertThat(planned).containsExactly("heel-raises", "toe-walking", "ankle-circles", "tibialis-anterior",
                "toe-curls");
        assertThat(headings).containsExactly("Heel raises", "Toe walking", "Ankle circles", "Tibialis anterior",
                "Toe curls", "General");
        for (String heading : headings.subList(0, 5)) {
            assertThat(reasons.get(heading)).as(heading).doesNotHaveDuplicates()
                    .allMatch(reason -> reason.toLowerCase(Locale.ROOT).contains(heading.toLowerCase(Locale.ROOT)));
        }
        assertThat(reasons.get("General")).anyMatch(r -> r.contains("(footwear.notes)"));
        assertThat(why).doesNotContain("point(s)", "Week 2 of", "Week 3 of");
    }

    @Test
    void explainInJsonHasOneEntryPerDecisionWithItsExercise() throws IOException {
        JsonNode explanations = json(plan("examples/knee-runner.yaml", "--format", "json", "--explain"))
                .get("explanations");

        List<String> entries = new ArrayList<>();
        for (JsonNode e : explanations) {
            assertThat(e.fieldNames()).toIterable().containsExactly("exercise", "rule", "reason", "answers");
            entries.add(e.toString());
            if (e.get("rule").asText().equals("Knee pain makes the tibialis anterior exercise the most important")) {
                assertThat(e.get("exercise").asText()).isEqualTo("tibialis-anterior");
                assertThat(e.get("answers").toString()).isEqualTo("[\"pain.areas\"]");
            }
            if (e.get("rule").asText().startsWith("Wearing ") || e.get("rule").asText().startsWith("How often")) {
                assertThat(e.get("exercise").isNull()).as(e.toString()).isTrue();
            }
        }
        assertThat(entries).doesNotHaveDuplicates();
        assertThat(entries.stream().filter(e -> e.contains("Progress from the low end")
                && e.contains("\"heel-raises\""))).hasSize(1);
    }

    @Test
    void badAnswersExitTwoNamingTheFileAndTheKeyWithoutAStackTrace() throws IOException {
        Path answers = temp.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(Path.of("examples/knee-runner.yaml"))
                .replace("time: \"07:30\"", "time: \"25:00\""));

        Cli.Result result = plan(answers.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(answers.toString()).contains("schedule.time").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void aMissingAnswersFileSaysHowToGetOne() {
        Cli.Result result = plan(temp.resolve("nope.yaml").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nope.yaml");
    }

    @Test
    void brokenRulesExitTwoWithFileAndLineAndTouchNoCalendar() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Files.writeString(rules.resolve("safety.drl"),
                Files.readString(rules.resolve("safety.drl")).replace("Pain(level >= 8", "Pain(levl >= 8"));
        plan("examples/knee-runner.yaml");
        byte[] before = Files.readAllBytes(calendar());

        Cli.Result result = plan("examples/knee-runner.yaml", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(rules.resolve("safety.drl").toString())
                + ":\\d+: .*levl");
        assertThat(Files.readAllBytes(calendar())).isEqualTo(before);
    }

    @Test
    void anUnknownFormatIsABadOption() {
        Cli.Result result = plan("examples/knee-runner.yaml", "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format").contains("text, json");
    }

    @Test
    void aRerunWithTheSameAnswersChangesNothing() throws IOException {
        plan("examples/knee-runner.yaml");
        byte[] first = Files.readAllBytes(calendar());

        Cli.Result again = plan("examples/knee-runner.yaml");

        assertThat(again.out()).contains("No changes since the last run");
        assertThat(Files.readAllBytes(calendar())).isEqualTo(first);
    }

    @Test
    void aRerunWithANewTimeMovesTheSameEvents() throws IOException {
        Path answers = temp.resolve("answers.yaml");
        String text = Files.readString(Path.of("examples/knee-runner.yaml"));
        Files.writeString(answers, text);
        JsonNode before = json(plan(answers.toString(), "--format", "json"));
        Files.writeString(answers, text.replace("time: \"07:30\"", "time: \"18:15\""));

        JsonNode after = json(plan(answers.toString(), "--format", "json"));

        assertThat(after.get("sessions").get(0).get("uid")).isEqualTo(before.get("sessions").get(0).get("uid"));
        assertThat(after.get("sessions").get(0).get("sequence").asInt()).isEqualTo(1);
        assertThat(after.get("sessions").get(0).get("start").asText()).contains("T18:15");
        assertThat(after.get("changes").get("moved").size()).isEqualTo(before.get("sessions").size());
    }

    private JsonNode rerun(String from, String to) throws IOException {
        Path answers = temp.resolve("answers.yaml");
        String text = Files.readString(Path.of("examples/knee-runner.yaml"));
        Files.writeString(answers, text);
        plan(answers.toString());
        Files.writeString(answers, text.replace(from, to));
        return json(plan(answers.toString(), "--format", "json"));
    }

    private static List<JsonNode> sessions(JsonNode doc, String status) {
        List<JsonNode> found = new java.util.ArrayList<>();
        doc.get("sessions").forEach(s -> {
            if (s.get("status").asText().equals(status)) {
                found.add(s);
            }
        });
        return found;
    }

    @Test
    void aRerunWithFewerSessionsAWeekCancelsTheThirdSessionsAndKeepsTheOthers() throws IOException {
        JsonNode doc = rerun("sessions_per_week: 3", "sessions_per_week: 2");

        java.util.List<JsonNode> cancelled = sessions(doc, "cancelled");
        assertThat(cancelled).isNotEmpty().allSatisfy(s -> assertThat(s.get("sequence").asInt()).isEqualTo(1));
        assertThat(sessions(doc, "confirmed")).allSatisfy(s -> assertThat(s.get("uid").asText())
                .matches("test-program-w\\d\\d-s[12]@footplan"));
        assertThat(doc.get("changes").get("cancelled")).hasSize(cancelled.size());
    }

    @Test
    void aRerunWithMoreWeeksAddsSessionsAndSlowsTheProgressionOfTheOthers() throws IOException {
        JsonNode doc = rerun("weeks: 6", "weeks: 8");

        assertThat(doc.get("changes").get("added").size()).isEqualTo(6);
        assertThat(doc.get("changes").get("cancelled").size()).isZero();
        // Week 1 is the low end either way; later weeks progress more slowly over 8 weeks, so they change.
        assertThat(sessions(doc, "confirmed")).filteredOn(s -> s.get("week").asInt() == 1)
                .allSatisfy(s -> assertThat(s.get("sequence").asInt()).isZero());
        assertThat(sessions(doc, "confirmed")).filteredOn(s -> s.get("week").asInt() == 3)
                .allSatisfy(s -> assertThat(s.get("sequence").asInt()).isEqualTo(1));
    }

    @Test
    void aRerunWithOtherDaysMovesTheSessionsUnderTheSameIds() throws IOException {
        JsonNode doc = rerun("days: [mon, wed, fri]", "days: [tue, thu, sat]");

        assertThat(doc.get("changes").get("moved").size()).isPositive();
        assertThat(sessions(doc, "confirmed")).allSatisfy(s ->
                assertThat(s.get("uid").asText()).startsWith("test-program-w"));
    }

    @Test
    void freshStartsANewProgramThatCancelsTheOldOnesSessionsAheadAndKeepsTheOldCalendarAsBackup()
            throws IOException {
        JsonNode before = json(plan("examples/knee-runner.yaml", "--format", "json"));
        byte[] old = Files.readAllBytes(calendar());

        Cli.Result result = Cli.runWith(Cli.environment("second-program", ""), "plan", "--answers",
                "examples/knee-runner.yaml", "--calendar", calendar().toString(), "--fresh", "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode doc = json(result);
        List<JsonNode> oldOnes = sessions(doc, "cancelled");
        assertThat(oldOnes).hasSize(before.get("sessions").size()).allSatisfy(s -> {
            assertThat(s.get("uid").asText()).startsWith("test-program-w");
            assertThat(s.get("sequence").asInt()).isEqualTo(1);
        });
        assertThat(sessions(doc, "confirmed")).hasSize(before.get("sessions").size())
                .allSatisfy(s -> assertThat(s.get("uid").asText()).startsWith("second-program-w"));
        assertThat(Files.readString(calendar())).contains("second-program-w01-s1@footplan");
        assertThat(Files.readAllBytes(Path.of(calendar() + ".bak"))).isEqualTo(old);
        assertThat(Cli.runWith(Cli.environment("third-program", ""), "plan", "--answers",
                "examples/knee-runner.yaml", "--calendar", calendar().toString(), "--fresh").out())
                .contains("The " + before.get("sessions").size() + " sessions ahead of the program it replaces ("
                        + calendar() + ") are in it as cancelled: importing it removes them.");
    }
}
