package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.Gen;
import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.answers.Answers;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.answers.Effort;
import footplan.rules.facts.Dosage;
import footplan.rules.facts.WeekCheckIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The invariants of every routine made with check-ins, over generated answers and generated histories of
 * check-ins (sessions done or missed, any pains, any efforts, weeks with none): every dose inside the article's
 * ranges and never above that week's planned dose, the same exercises and weeks as planned, sessions inside the
 * budget, a referral exactly for pain of 8 or more, and the built-in model deciding as the DRL does.
 */
class ProgressionPropertiesTest {

    private static final int TRIES = 200;

    /** Answers and what the person has said about their sessions so far. */
    record History(Answers answers, CheckIns checkIns) {
    }

    private static final Gen<History> HISTORIES = GeneratedAnswers.plannable()
            .flatMap(answers -> random -> new History(answers, checkIns(answers, random)));
    private static final List<History> SAMPLES = Samples.of(TRIES, HISTORIES);
    private static final Map<History, Routine> ROUTINES = new ConcurrentHashMap<>();
    private static final Map<Answers, Routine> PLANNED = new ConcurrentHashMap<>();

    /**
     * Check-ins on the allowed days of the first weeks of the program: most sessions checked in, most done, pains
     * mostly acceptable, sometimes too much, rarely 8 or more; often a stretch of weeks without any.
     */
    private static CheckIns checkIns(Answers answers, SplittableRandom random) {
        LocalDate start = answers.schedule().start();
        int weeks = answers.schedule().weeks();
        int checkedWeeks = random.nextInt(weeks + 1);
        boolean gaps = random.nextInt(4) == 0;
        boolean severe = random.nextInt(6) == 0;
        List<CheckIn> entries = new ArrayList<>();
        for (LocalDate date = start; date.isBefore(start.plusWeeks(checkedWeeks)); date = date.plusDays(1)) {
            if (!answers.schedule().days().contains(date.getDayOfWeek()) || random.nextInt(10) < 3
                    || (gaps && WeekCheckIn.weekOf(date, start) % 3 == 0)) {
                continue;
            }
            if (random.nextInt(8) == 0) {
                entries.add(CheckIn.missed(date, random.nextBoolean() ? "" : "busy"));
                continue;
            }
            int during = pain(random, severe);
            OptionalInt morning = random.nextBoolean() ? OptionalInt.of(pain(random, severe)) : OptionalInt.empty();
            Optional<Effort> effort = random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(Effort.values()[random.nextInt(3)]);
            entries.add(CheckIn.done(date, during, morning, effort, ""));
        }
        return new CheckIns(entries);
    }

    /** 0-5 mostly, 6-7 now and then; 8-10 only in a history of severe pain, and rarely there. */
    private static int pain(SplittableRandom random, boolean severe) {
        int roll = random.nextInt(100);
        return roll < 85 ? random.nextInt(6) : roll < 95 || !severe ? 6 + random.nextInt(2) : 8 + random.nextInt(3);
    }

    private static Routine routine(History h) {
        return ROUTINES.computeIfAbsent(h, k -> Rules.BOOK.prescribe(k.answers(), k.checkIns()));
    }

    private static Routine planned(Answers answers) {
        return PLANNED.computeIfAbsent(answers, Rules.BOOK::prescribe);
    }

    private static void forAll(Consumer<History> property) {
        Samples.forAll(SAMPLES, property);
    }

    private static boolean painOfEightOrMore(History h) {
        return h.checkIns().entries().stream().anyMatch(c -> c.painDuring().orElse(0) >= 8
                || c.painNextMorning().orElse(0) >= 8);
    }

    @Test
    void aReferralComesExactlyFromACheckInWithPainOfEightOrMore() {
        forAll(h -> {
            Routine routine = routine(h);
            assertThat(routine.referred()).as("referred").isEqualTo(painOfEightOrMore(h));
            if (routine.referred()) {
                assertThat(routine.weeks()).isEmpty();
                assertThat(routine.referral().orElseThrow().reasons()).allMatch(r -> r.contains("(check-ins)"));
            }
        });
    }

    @Test
    void everyDoseIsInsideTheArticlesRangesAndNeverAboveThePlannedDose() {
        forAll(h -> {
            Routine routine = routine(h);
            Routine planned = planned(h.answers());
            for (WeekRoutine week : routine.weeks()) {
                Map<String, PlannedExercise> plan = planned.week(week.week()).exercises().stream()
                        .collect(Collectors.toMap(PlannedExercise::id, e -> e));
                for (PlannedExercise e : week.exercises()) {
                    String what = e.id() + " in week " + week.week() + ": " + e.dosage();
                    Dosage dosage = Rules.exercise(e.id()).dosage();
                    assertThat(dosage.allows(e.sets(), e.reps(), e.holdSeconds())).as("in range: " + what).isTrue();
                    PlannedExercise p = plan.get(e.id());
                    assertThat(p).as("planned: " + what).isNotNull();
                    assertThat(e.sets()).as("sets of " + what).isLessThanOrEqualTo(p.sets());
                    assertThat(e.reps()).as("reps of " + what).isLessThanOrEqualTo(p.reps());
                    assertThat(e.holdSeconds()).as("hold of " + what).isLessThanOrEqualTo(p.holdSeconds());
                    assertThat(e.seconds()).as("time of " + what).isLessThanOrEqualTo(p.seconds());
                }
            }
        });
    }

    @Test
    void checkInsChangeDosesOnlyNeverTheWeeksTheExercisesOrTheBudget() {
        forAll(h -> {
            Routine routine = routine(h);
            if (routine.referred()) {
                return;
            }
            Routine planned = planned(h.answers());
            assertThat(routine.weeks()).hasSameSizeAs(planned.weeks());
            int budget = h.answers().sessionMinutes() * 60;
            for (WeekRoutine week : routine.weeks()) {
                assertThat(week.exercises()).extracting(PlannedExercise::id).as("exercises of week %d", week.week())
                        .containsExactlyElementsOf(planned.week(week.week()).exercises().stream()
                                .map(PlannedExercise::id).toList());
                assertThat(week.exercises().stream().mapToInt(PlannedExercise::seconds).sum())
                        .as("seconds of week %d", week.week()).isLessThanOrEqualTo(budget);
            }
        });
    }

    @Test
    void everyWeekSaysItsStepWhichNeverRunsAheadOfThePlan() {
        forAll(h -> {
            Routine routine = routine(h);
            for (WeekRoutine week : routine.weeks()) {
                assertThat(week.progression().isPresent()).as("progression of week %d", week.week())
                        .isEqualTo(!h.checkIns().isEmpty());
                week.progression().ifPresent(p -> {
                    assertThat(p.step()).as("step of week %d", week.week()).isBetween(1, week.week());
                    assertThat(p.reason()).startsWith("Week " + week.week() + " ");
                });
                if (week.week() > 1) {
                    int before = routine.week(week.week() - 1).progression().map(Progression::step).orElse(0);
                    week.progression().ifPresent(p -> assertThat(p.step()).isLessThanOrEqualTo(before + 1));
                }
            }
        });
    }

    @Test
    void theBuiltInModelDecidesAsTheDrlDoes() {
        RuleBook model = RuleBook.bundled();
        assertThat(model.origin()).isEqualTo(RuleBook.Origin.BUILT_IN_MODEL);
        Samples.forAll(SAMPLES.subList(0, TRIES / 2),
                h -> assertThat(model.prescribe(h.answers(), h.checkIns())).isEqualTo(routine(h)));
    }

    @Test
    void theSamplesCoverEveryDecision() {
        long referred = SAMPLES.stream().filter(h -> routine(h).referred()).count();
        assertThat(referred).as("referred").isBetween(1L, TRIES / 4L);
        List<Verdict> verdicts = SAMPLES.stream().map(ProgressionPropertiesTest::routine)
                .flatMap(r -> r.weeks().stream()).flatMap(w -> w.progression().stream()).map(Progression::verdict)
                .distinct().toList();
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(SAMPLES.stream().filter(h -> h.checkIns().isEmpty())).as("no check-ins").isNotEmpty();
        assertThat(SAMPLES.stream().filter(h -> h.answers().pain().level() >= 5)).as("moderate pain").isNotEmpty();
    }
}
