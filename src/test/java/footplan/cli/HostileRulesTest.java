package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken rule folders through the real command line: each is refused with exit 2 and a message that says what
 * is wrong and where, and the calendar a good run wrote before is left exactly as it was, with no backup taken.
 */
class HostileRulesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String ANSWERS = "examples/knee-runner.yaml";

    @TempDir
    static Path dir;

    /** The calendar a good run writes; each case starts from a copy of it. */
    private static byte[] goodCalendar;

    @BeforeAll
    static void planWithTheGoodRules() throws IOException {
        Path calendar = dir.resolve("good.ics");
        Cli.Result good = Cli.run("plan", "--answers", ANSWERS, "--calendar", calendar.toString());
        assertThat(good.exitCode()).as(good.toString()).isZero();
        goodCalendar = Files.readAllBytes(calendar);
    }

    /** A broken rules folder: what to change in a copy of rules/, and the start of the message it must get. */
    record Case(String name, Consumer<Path> breakRules, String message) {
    }

    /** A rule in a phase that footplan does not run: it would compile and never fire. */
    private static final String UNKNOWN_GROUP = """
            package footplan.rules;
            import footplan.rules.facts.Selected;
            rule "Progress later"
                ruleflow-group "aftercare"
            when
                Selected($id : exerciseId)
            then
            end
            """;

    @TestFactory
    Stream<DynamicTest> brokenRules() {
        return Stream.of(
                new Case("a syntax error", rules -> append(rules.resolve("budget.drl"),
                        "\nrule \"Broken\"\nwhen\n    Dose(week ==\nthen\nend\n"), "RULES/budget.drl:"),
                new Case("a type error", rules -> replace(rules.resolve("safety.drl"), "Pain(level >= 8",
                        "Pain(levl >= 8"), "RULES/safety.drl:"),
                new Case("a rule that loops", rules -> write(rules.resolve("zz-loop.drl"), """
                        package footplan.rules;
                        import footplan.rules.facts.Selected;
                        rule "Select forever"
                            ruleflow-group "selection"
                        when
                            Selected($id : exerciseId)
                        then
                            insert(new Selected($id, "again"));
                        end
                        """), "the rules were stopped after 20000 firings in the selection phase: \"Select forever\""),
                new Case("a dose outside the article's ranges", rules -> replace(rules.resolve("dosage.drl"),
                        "insert(Dose.of($exercise, $exercise.chosen($adaptations), $week, true,",
                        "insert(new Dose($id, $week.week(), 9, 99, 0, 1, 60, true, \"too much\"));\n"
                                + "    if (false) insert(Dose.of($exercise, $exercise.chosen($adaptations), $week,"
                                + " true,"),
                        "the rules broke an invariant of the plan: heel-raises in week 1 is dosed 9 sets x 99 reps"),
                new Case("no budget rules", rules -> write(rules.resolve("budget.drl"), "package footplan.rules;\n"),
                        "the rules broke an invariant of the plan: week "),
                new Case("a rule that throws", rules -> write(rules.resolve("zz-throw.drl"), """
                        package footplan.rules;
                        import footplan.rules.facts.Selected;
                        rule "Divide by zero"
                            ruleflow-group "selection"
                        when
                            Selected($id : exerciseId == "heel-raises")
                        then
                            int nothing = 0;
                            System.out.println(1 / nothing);
                        end
                        """), "the rule \"Divide by zero\" failed in the selection phase: ArithmeticException: / by zero."),
                new Case("a rule that throws in its condition", rules -> write(rules.resolve("zz-when.drl"), """
                        package footplan.rules;
                        import footplan.rules.facts.Selected;
                        rule "Substring too far"
                            ruleflow-group "order"
                        when
                            Selected(exerciseId.substring(50) == "x")
                        then
                        end
                        """), "the rules failed in the selection phase: Error evaluating constraint 'exerciseId.substring(50) == \"x\"'"
                        + " in [Rule \"Substring too far\" in RULES/zz-when.drl]: StringIndexOutOfBoundsException"),
                new Case("an exercise that is not in the catalogue", rules -> write(rules.resolve("zz-moon.drl"), """
                        package footplan.rules;
                        import footplan.rules.Position;
                        import footplan.rules.facts.Placement;
                        rule "Moonwalk"
                            ruleflow-group "order"
                        when
                            not Placement(exerciseId == "moonwalk")
                        then
                            insert(new Placement("moonwalk", Position.STANDING, 0, "why not"));
                        end
                        """), "RULES/zz-moon.drl: rule \"Moonwalk\": names exercise \"moonwalk\", which is not in"
                        + " exercises.yaml"),
                new Case("a typo in an exercise id", rules -> replace(rules.resolve("selection.drl"),
                        "new Emphasis(\"tibialis-anterior\", 3,", "new Emphasis(\"tibialis-anterio\", 3,"),
                        "RULES/selection.drl: rule \"Knee pain makes the tibialis anterior exercise the most"
                                + " important\": names exercise \"tibialis-anterio\", which is not in exercises.yaml"),
                new Case("a ruleflow-group that is no phase", rules -> write(rules.resolve("zz-later.drl"),
                        UNKNOWN_GROUP), "RULES/zz-later.drl: rule \"Progress later\": ruleflow-group"
                        + " \"aftercare\" is not one of safety, footwear, selection, adaptation, order, dosage,"
                        + " progression, budget, advice"),
                new Case("a rule without a ruleflow-group", rules -> replace(rules.resolve("advice.drl"),
                        "rule \"How often to train\"\n    ruleflow-group \"advice\"\n",
                        "rule \"How often to train\"\n"),
                        "RULES/advice.drl: rule \"How often to train\": has no ruleflow-group; it needs one of"
                                + " safety,"),
                new Case("no advice on when to stop, which every session ends with",
                        rules -> replace(rules.resolve("advice.drl"), "new Advice(\"safety\",", "new Advice(\"care\","),
                        "the rules broke an invariant of the plan: no advice of topic \"safety\" says when to stop"
                                + " an exercise; every session ends with it."),
                new Case("a rule file of random bytes", rules -> write(rules.resolve("zz-noise.drl"),
                        new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 'r', 'u', 'l', 'e'}), "RULES/zz-noise.drl"),
                new Case("no catalogue", rules -> delete(rules.resolve("exercises.yaml")),
                        "RULES/exercises.yaml: is missing"),
                new Case("a catalogue of garbage", rules -> write(rules.resolve("exercises.yaml"), "[[[: {"),
                        "RULES/exercises.yaml"),
                new Case("a catalogue range upside down", rules -> replace(rules.resolve("exercises.yaml"),
                        "reps: [10, 20]", "reps: [20, 10]"), "RULES/exercises.yaml: heel-raises.dosage.reps:"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void checkRulesRefusesARuleflowGroupThatIsNoPhase() throws IOException {
        Path rules = copyOfRules(Files.createTempDirectory(dir, "check").resolve("rules"));
        write(rules.resolve("zz-later.drl"), UNKNOWN_GROUP);

        Cli.Result result = Cli.run("check-rules", "--rules", rules.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: " + rules.resolve("zz-later.drl")
                + ": rule \"Progress later\": ruleflow-group \"aftercare\" is not one of safety, footwear,"
                + " selection, adaptation, order, dosage, progression, budget, advice");
        assertThat(result.out()).isEmpty();
    }

    private static void check(Case broken) throws IOException {
        Path folder = Files.createTempDirectory(dir, "case");
        Path rules = copyOfRules(folder.resolve("rules"));
        Path calendar = folder.resolve("calendars").resolve("plan.ics");
        Files.createDirectories(calendar.getParent());
        Files.write(calendar, goodCalendar);
        broken.breakRules().accept(rules);

        Cli.Result result = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("plan", "--answers", ANSWERS,
                "--rules", rules.toString(), "--calendar", calendar.toString(),
                // No check-ins: the example's step its later weeks back, under the budget even without budget.drl.
                "--checkins", folder.resolve("none.checkins.yaml").toString()));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString())
                .startsWith("footplan: " + broken.message().replace("RULES", rules.toString()))
                .doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(Files.readAllBytes(calendar)).as("the calendar is untouched").isEqualTo(goodCalendar);
        try (Stream<Path> files = Files.list(calendar.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.ics");
        }
    }

    private static Path copyOfRules(Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void append(Path file, String text) {
        write(file, read(file) + text);
    }

    private static void replace(Path file, String old, String replacement) {
        String text = read(file);
        assertThat(text).contains(old);
        write(file, text.replace(old, replacement));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
