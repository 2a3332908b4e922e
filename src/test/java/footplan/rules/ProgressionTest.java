package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.CheckInsFile;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.answers.Effort;
import footplan.answers.PainArea;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The whole rule pipeline with check-ins: what a person gets after telling how their sessions went. The program
 * starts on Tuesday 1 December 2026 with sessions on Monday, Wednesday and Friday for 6 weeks; usual pain 3/10.
 */
class ProgressionTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static LocalDate day(int month, int day) {
        return LocalDate.of(month == 12 ? 2026 : 2027, month, day);
    }

    private static CheckIn done(LocalDate date, int painDuring) {
        return CheckIn.done(date, painDuring, OptionalInt.empty(), Optional.of(Effort.RIGHT), "");
    }

    private static CheckIn hard(LocalDate date, int painDuring) {
        return CheckIn.done(date, painDuring, OptionalInt.of(2), Optional.of(Effort.HARD), "");
    }

    private static Answers answers() {
        return TestAnswers.fit().pain(3, PainArea.KNEE).build();
    }

    /** Week 1 goes well, week 2 has a hard session, week 3 a painful one. */
    private static final CheckIns PROGRESS_HOLD_STEP_BACK = CheckIns.of(
            done(day(12, 2), 2), done(day(12, 4), 3), done(day(12, 7), 2),
            done(day(12, 9), 3), hard(day(12, 11), 4), done(day(12, 14), 3),
            done(day(12, 16), 6), done(day(12, 18), 4));

    private static List<Integer> steps(Routine routine) {
        return routine.weeks().stream().map(w -> w.progression().orElseThrow().step()).toList();
    }

    private static List<Verdict> verdicts(Routine routine) {
        return routine.weeks().stream().map(w -> w.progression().orElseThrow().verdict()).toList();
    }

    private static List<Integer> heelRaiseReps(Routine routine) {
        return routine.weeks().stream().map(w -> w.exercises().stream().filter(e -> e.id().equals("heel-raises"))
                .findFirst().orElseThrow().reps()).toList();
    }

    @Test
    void withoutCheckInsTheRoutineIsThePlannedOne() {
        Routine planned = Rules.BOOK.prescribe(answers());

        assertThat(Rules.BOOK.prescribe(answers(), CheckIns.none())).isEqualTo(planned);
        assertThat(planned.weeks()).allSatisfy(w -> assertThat(w.progression()).isEmpty());
        assertThat(heelRaiseReps(planned)).containsExactly(10, 12, 14, 16, 18, 20);
    }

    @Test
    void aGoodWeekProgressesAHardOneHoldsAndAPainfulOneStepsBack() {
        Routine routine = Rules.BOOK.prescribe(answers(), PROGRESS_HOLD_STEP_BACK);

        assertThat(routine.weeks()).hasSize(6);
        assertThat(verdicts(routine)).containsExactly(Verdict.PLANNED, Verdict.PROGRESS, Verdict.HOLD,
                Verdict.STEP_BACK, Verdict.PLANNED, Verdict.PLANNED);
        assertThat(steps(routine)).containsExactly(1, 2, 2, 1, 2, 3);
        assertThat(heelRaiseReps(routine)).containsExactly(10, 12, 12, 10, 12, 14);
        assertThat(routine.week(3).progression().orElseThrow().reason())
                .isEqualTo("Week 3 holds at the dose of week 2 of the plan instead of progressing. Week 2: effort"
                        + " hard on Fri 11 Dec.");
        assertThat(routine.week(4).progression().orElseThrow().reason())
                .isEqualTo("Week 4 steps back to the dose of week 1 of the plan, the low end. Week 3: pain 6/10"
                        + " during Wed 16 Dec, above 5/10.");
        PlannedExercise heelRaises = routine.week(4).exercises().get(0);
        assertThat(heelRaises.reasons()).last().asString().startsWith("Heel raises: Week 4 steps back");
        assertThat(heelRaises.dosage()).contains("10");
    }

    @Test
    void theExplanationsNameEveryDecision() {
        Routine routine = Rules.BOOK.prescribe(answers(), PROGRESS_HOLD_STEP_BACK);

        assertThat(routine.explanations()).extracting(Explanation::reason)
                .contains("Week 1: 3 sessions done, pain during at most 3/10 (Fri 4 Dec), no next-morning pain above"
                        + " your usual 3/10 (pain.level).");
    }

    @Test
    void aCheckInWithPainOfEightRefersAndMakesNoPlan() {
        CheckIns checkIns = PROGRESS_HOLD_STEP_BACK.with(CheckIn.done(day(12, 21), 3, OptionalInt.of(8),
                Optional.empty(), "knee swollen"));

        Routine routine = Rules.BOOK.prescribe(answers(), checkIns);

        assertThat(routine.referred()).isTrue();
        assertThat(routine.weeks()).isEmpty();
        assertThat(routine.referral().orElseThrow().reasons()).singleElement().asString()
                .contains("pain 8/10 the morning after Mon 21 Dec");
        assertThat(routine.explanations()).extracting(Explanation::rule).doesNotContain(
                "Shorten the least important exercise while a week runs over the budget");
    }

    @Test
    void twoWeeksSteppedBackKeepTheLowEndAndAdviseAClinician() {
        CheckIns checkIns = CheckIns.of(done(day(12, 2), 6), done(day(12, 9), 7), done(day(12, 16), 2));

        Routine routine = Rules.BOOK.prescribe(answers(), checkIns);

        assertThat(verdicts(routine)).containsExactly(Verdict.PLANNED, Verdict.STEP_BACK, Verdict.LOW_END,
                Verdict.LOW_END, Verdict.LOW_END, Verdict.LOW_END);
        assertThat(steps(routine)).containsOnly(1);
        assertThat(heelRaiseReps(routine)).containsOnly(10);
        assertThat(routine.advice()).anyMatch(a -> a.contains("see a clinician"));
    }

    @Test
    void weeksWithoutCheckInsFollowThePlanAndANoteSaysCheckInsHelp() {
        Routine routine = Rules.BOOK.prescribe(answers(), CheckIns.of(hard(day(12, 18), 2)));

        assertThat(verdicts(routine)).containsExactly(Verdict.PLANNED, Verdict.NOT_CHECKED_IN,
                Verdict.NOT_CHECKED_IN, Verdict.HOLD, Verdict.PLANNED, Verdict.PLANNED);
        assertThat(steps(routine)).containsExactly(1, 2, 3, 3, 4, 5);
        assertThat(routine.notes()).contains("No check-ins for weeks 1-2, so the plan went on as planned there."
                + " Check in after each session and the plan adjusts to how it went.");
    }

    @Test
    void aProgramThatHoldsGainsNoWeeksAndNeverGoesAboveThePlan() {
        CheckIns missedAll = CheckIns.none();
        for (LocalDate date = START; date.isBefore(START.plusWeeks(6)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() % 2 == 1 && date.getDayOfWeek().getValue() < 6) {
                missedAll = missedAll.with(CheckIn.missed(date, "busy"));
            }
        }

        Routine routine = Rules.BOOK.prescribe(answers(), missedAll);

        assertThat(routine.weeks()).hasSize(6);
        assertThat(steps(routine)).containsOnly(1);
        assertThat(heelRaiseReps(routine)).containsOnly(10);
    }

    @Test
    void moderatePainStaysAtTheLowEndWhateverTheCheckIns() {
        Answers moderate = TestAnswers.fit().pain(6, PainArea.BACK).build();

        Routine routine = Rules.BOOK.prescribe(moderate, PROGRESS_HOLD_STEP_BACK);

        assertThat(steps(routine)).containsExactly(1, 2, 2, 1, 2, 3);
        assertThat(routine.weeks()).allSatisfy(w -> assertThat(w.exercises()).allSatisfy(e -> {
            var dosage = Rules.exercise(e.id()).dosage();
            assertThat(List.of(e.sets(), e.reps(), e.holdSeconds()))
                    .containsExactly(dosage.sets().low(), dosage.reps().low(), dosage.holdSeconds().low());
        }));
    }

    @Test
    void theTimeBudgetStillTrimsAfterTheCheckIns() {
        Answers tight = TestAnswers.fit().pain(3, PainArea.KNEE).minutes(10).build();
        Routine planned = Rules.BOOK.prescribe(tight);

        Routine routine = Rules.BOOK.prescribe(tight, PROGRESS_HOLD_STEP_BACK);

        for (WeekRoutine week : routine.weeks()) {
            assertThat(week.exercises().stream().mapToInt(PlannedExercise::seconds).sum()).isLessThanOrEqualTo(600);
            assertThat(week.exercises()).extracting(PlannedExercise::id).containsExactlyElementsOf(
                    planned.week(week.week()).exercises().stream().map(PlannedExercise::id).toList());
        }
    }

    @Test
    void theKneeRunnerExampleShowsAProgressAHoldAndAStepBack() {
        Path answersFile = Path.of("examples/knee-runner.yaml");
        Answers kneeRunner = AnswersFile.read(answersFile);

        Routine routine = Rules.BOOK.prescribe(kneeRunner, CheckInsFile.read(CheckInsFile.defaultFor(answersFile)));

        assertThat(verdicts(routine)).containsExactly(Verdict.PLANNED, Verdict.PROGRESS, Verdict.HOLD,
                Verdict.STEP_BACK, Verdict.PLANNED, Verdict.PLANNED);
        assertThat(steps(routine)).containsExactly(1, 2, 2, 1, 2, 3);
        assertThat(routine.week(4).progression().orElseThrow().reason()).contains("pain 6/10 during Fri 18 Dec");
    }

    @Test
    void checkInsOutsideTheProgramAreLeftToTheCommand() {
        CheckIns outside = CheckIns.of(done(START.minusDays(1), 9), done(START.plusWeeks(6), 9));

        assertThat(Rules.BOOK.prescribe(answers(), outside)).isEqualTo(Rules.BOOK.prescribe(answers()));
    }
}
