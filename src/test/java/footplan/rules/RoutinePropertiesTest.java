package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.rules.facts.Dosage;
import footplan.rules.facts.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The invariants of every plan the real rules make, over generated answers of every kind: referral only and
 * always for a warning sign or pain of 8 or more, equipment the person has or a labelled adaptation, doses
 * inside the article's ranges and never going down, sessions inside the time budget, the same plan every time.
 */
class RoutinePropertiesTest {

    private static final int TRIES = 200;

    /**
     * The article's figures (sets, reps, seconds held), written out from the article itself rather than read
     * from rules/exercises.yaml, so a catalogue edit that widens a range is caught too.
     */
    private static final Map<String, List<Range>> ARTICLE = Map.of(
            "heel-raises", List.of(new Range(2, 3), new Range(10, 20), new Range(0, 0)),
            "toe-walking", List.of(new Range(6, 6), new Range(3, 3), new Range(20, 20)),
            "ankle-circles", List.of(new Range(5, 5), new Range(5, 10), new Range(0, 0)),
            "tibialis-anterior", List.of(new Range(3, 3), new Range(10, 10), new Range(2, 2)),
            "toe-curls", List.of(new Range(5, 5), new Range(5, 10), new Range(10, 10)));

    private static final List<Answers> ANY = Samples.of(TRIES, GeneratedAnswers.answers());
    private static final List<Answers> PLANNABLE = Samples.of(TRIES, GeneratedAnswers.plannable());
    /** Each sample's routine, made once and shared by the properties (the rules take a few milliseconds a plan). */
    private static final Map<Answers, Routine> ROUTINES = new ConcurrentHashMap<>();

    /** A sample and its routine. */
    record Planned(Answers answers, Routine routine) {
    }

    /** Prescribes inside the property, so answers the rules fail on are reported as that property's sample. */
    private static void forAll(List<Answers> samples, Consumer<Planned> property) {
        Samples.forAll(samples, a -> property.accept(
                new Planned(a, routine(a))));
    }

    @Test
    void aReferralComesExactlyFromAWarningSignOrPainOfEightOrMore() {
        forAll(ANY, p -> {
            boolean warning = !p.answers().safety().yes().isEmpty() || p.answers().pain().level() >= 8;
            assertThat(p.routine().referred()).as("referred").isEqualTo(warning);
            if (warning) {
                assertThat(p.routine().weeks()).isEmpty();
                assertThat(p.routine().referral().orElseThrow().reasons()).isNotEmpty();
            } else {
                assertThat(p.routine().weeks()).hasSize(p.answers().schedule().weeks());
                assertThat(p.routine().weeks()).allSatisfy(week -> assertThat(week.exercises()).isNotEmpty());
            }
        });
    }

    @Test
    void noExerciseNeedsEquipmentThePersonLacksUnlessItIsLabelledAdapted() {
        forAll(PLANNABLE, p -> {
            for (WeekRoutine week : p.routine().weeks()) {
                for (PlannedExercise e : week.exercises()) {
                    Set<Equipment> lacking = Rules.exercise(e.id()).uses().stream()
                            .filter(item -> !p.answers().has(item)).collect(Collectors.toSet());
                    if (!lacking.isEmpty()) {
                        assertThat(e.adapted()).as("%s without %s in week %d", e.id(), lacking, week.week()).isTrue();
                        assertThat(e.adaptation()).isNotBlank();
                        assertThat(e.reasons()).anyMatch(reason -> reason.startsWith("Adapted: "));
                    }
                }
            }
        });
    }

    @Test
    void everyDoseIsInsideTheArticlesRanges() {
        forAll(PLANNABLE, p -> {
            for (WeekRoutine week : p.routine().weeks()) {
                for (PlannedExercise e : week.exercises()) {
                    List<Range> article = ARTICLE.get(e.id());
                    assertThat(article).as("an exercise of the article: %s", e.id()).isNotNull();
                    String what = e.id() + " in week " + week.week() + ": " + e.dosage();
                    assertThat(article.get(0).contains(e.sets())).as("sets of " + what).isTrue();
                    assertThat(article.get(1).contains(e.reps())).as("reps of " + what).isTrue();
                    assertThat(article.get(2).contains(e.holdSeconds())).as("hold of " + what).isTrue();
                    Dosage catalogue = Rules.exercise(e.id()).dosage();
                    assertThat(catalogue.allows(e.sets(), e.reps(), e.holdSeconds())).as(what).isTrue();
                }
            }
        });
    }

    /**
     * No pain rule lowers a dose during a program (moderate pain keeps the low end from week 1), so from one
     * week to the next every exercise stays in the routine and no part of its dose goes down.
     */
    @Test
    void noDoseEverGoesDownFromOneWeekToTheNext() {
        forAll(PLANNABLE, p -> {
            Map<String, PlannedExercise> previous = new HashMap<>();
            for (WeekRoutine week : p.routine().weeks()) {
                Map<String, PlannedExercise> current = week.exercises().stream()
                        .collect(Collectors.toMap(PlannedExercise::id, e -> e));
                assertThat(current.keySet()).as("exercises of week %d", week.week()).containsAll(previous.keySet());
                for (PlannedExercise before : previous.values()) {
                    PlannedExercise after = current.get(before.id());
                    String what = before.id() + " from week " + (week.week() - 1) + " to " + week.week();
                    assertThat(after.sets()).as("sets of " + what).isGreaterThanOrEqualTo(before.sets());
                    assertThat(after.reps()).as("reps of " + what).isGreaterThanOrEqualTo(before.reps());
                    assertThat(after.holdSeconds()).as("hold of " + what).isGreaterThanOrEqualTo(before.holdSeconds());
                    assertThat(after.seconds()).as("time of " + what).isGreaterThanOrEqualTo(before.seconds());
                }
                previous = current;
            }
        });
    }

    @Test
    void moderatePainKeepsEveryDoseAtTheLowEnd() {
        forAll(PLANNABLE.stream().filter(a -> a.pain().level() >= 5).toList(), p -> {
            for (WeekRoutine week : p.routine().weeks()) {
                for (PlannedExercise e : week.exercises()) {
                    Dosage d = Rules.exercise(e.id()).dosage();
                    assertThat(List.of(e.sets(), e.reps(), e.holdSeconds())).as("%s in week %d", e.id(), week.week())
                            .containsExactly(d.sets().low(), d.reps().low(), d.holdSeconds().low());
                }
            }
        });
    }

    @Test
    void everySessionFitsTheTimeBudget() {
        forAll(PLANNABLE, p -> {
            int budget = p.answers().sessionMinutes();
            for (WeekRoutine week : p.routine().weeks()) {
                int seconds = week.exercises().stream().mapToInt(PlannedExercise::seconds).sum();
                assertThat(seconds).as("seconds of week %d", week.week()).isLessThanOrEqualTo(budget * 60);
                assertThat(week.minutes()).as("minutes of week %d", week.week()).isBetween(1, budget);
            }
        });
    }

    @Test
    void theSameAnswersGiveTheSameRoutine() {
        forAll(ANY, p -> assertThat(Rules.BOOK.prescribe(p.answers())).isEqualTo(p.routine()));
    }

    @Test
    void theSamplesCoverEveryKindOfAnswer() {
        // Samples that quietly stopped covering a case would make the properties above pass without checking it.
        List<Planned> plannable = PLANNABLE.stream().map(a -> new Planned(a, routine(a))).toList();
        assertThat(plannable.stream().filter(p -> p.answers().pain().level() >= 5)).as("moderate pain").isNotEmpty();
        assertThat(plannable.stream().filter(p -> p.answers().equipment().isEmpty())).as("no equipment").isNotEmpty();
        assertThat(plannable.stream().flatMap(p -> p.routine().notes().stream()).filter(n -> n.contains("to fit your")))
                .as("trimmed for the budget").isNotEmpty();
        assertThat(plannable.stream().flatMap(p -> p.routine().week(1).exercises().stream())
                .filter(PlannedExercise::adapted)).as("adapted").isNotEmpty();
        assertThat(ANY.stream().filter(a -> routine(a).referred())).as("referred").isNotEmpty();
    }

    private static Routine routine(Answers answers) {
        return ROUTINES.computeIfAbsent(answers, Rules.BOOK::prescribe);
    }
}
