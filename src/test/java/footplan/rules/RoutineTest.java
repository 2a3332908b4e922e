package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Equipment;
import footplan.answers.PainArea;
import footplan.answers.SafetyQuestion;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole rule pipeline on whole answers: what a person gets. */
class RoutineTest {

    @Test
    void aWarningSignGivesAReferralAndNoRoutine() {
        TestAnswers answers = TestAnswers.fit().pain(4, PainArea.KNEE);
        answers.yes = EnumSet.of(SafetyQuestion.RECENT_FALL_OR_INJURY);

        Routine routine = Rules.BOOK.prescribe(answers.build());

        assertThat(routine.referred()).isTrue();
        assertThat(routine.referral().orElseThrow().reasons()).singleElement().asString()
                .contains("safety.recent_fall_or_injury");
        assertThat(routine.weeks()).isEmpty();
        assertThat(routine.explanations()).extracting(Explanation::rule)
                .allMatch(rule -> rule.contains("clinician"));
    }

    @Test
    void severePainGivesAReferral() {
        Routine routine = Rules.BOOK.prescribe(TestAnswers.fit().pain(8, PainArea.BACK).build());

        assertThat(routine.referred()).isTrue();
        assertThat(routine.weeks()).isEmpty();
    }

    @Test
    void aKneePainRunnerGetsEveryExerciseGroupedByPosition() {
        TestAnswers answers = TestAnswers.fit().pain(4, PainArea.KNEE);
        answers.running = true;

        Routine routine = Rules.BOOK.prescribe(answers.build());

        assertThat(routine.weeks()).hasSize(6);
        for (WeekRoutine week : routine.weeks()) {
            assertThat(week.exercises()).extracting(PlannedExercise::id)
                    .containsExactly("heel-raises", "toe-walking", "ankle-circles", "tibialis-anterior", "toe-curls");
            assertThat(week.minutes()).isLessThanOrEqualTo(40);
        }
        PlannedExercise tibialis = routine.week(1).exercises().get(3);
        assertThat(tibialis.reasons()).anyMatch(r -> r.contains("knee pain"));
    }

    @Test
    void someoneWhoCannotGetDownToTheFloorAndHasNoBandGetsLabelledAdaptations() {
        TestAnswers answers = TestAnswers.fit().pain(3, PainArea.HIP).without(Equipment.BAND);
        answers.lieOnFloor = false;
        answers.sitOnFloor = false;
        answers.standOnOneLeg = false;

        Routine routine = Rules.BOOK.prescribe(answers.build());

        WeekRoutine week = routine.week(1);
        assertThat(week.exercises()).extracting(PlannedExercise::id)
                .containsExactly("heel-raises", "ankle-circles", "tibialis-anterior", "toe-curls");
        assertThat(week.exercises()).extracting(PlannedExercise::position).isSorted();
        PlannedExercise tibialis = week.exercises().get(2);
        assertThat(tibialis.position()).isEqualTo(Position.SITTING_ON_CHAIR);
        assertThat(tibialis.name()).isEqualTo("Tibialis anterior without a band");
        assertThat(tibialis.variant()).isEqualTo("chair-no-band");
        assertThat(tibialis.adaptation()).contains("abilities.sit_on_floor", "(equipment)");
        assertThat(String.join(" ", tibialis.steps())).contains("Sit on a chair").doesNotContain("band", "Sit on the floor");
        PlannedExercise heelRaises = week.exercises().get(0);
        assertThat(heelRaises.name()).isEqualTo("Heel raises on both feet, holding a chair");
        assertThat(heelRaises.perSide()).isFalse();
        assertThat(heelRaises.dosage()).contains("both feet together");
        assertThat(String.join(" ", heelRaises.steps())).doesNotContain("left foot", "right foot");
        assertThat(routine.notes()).anyMatch(n -> n.startsWith("Toe walking is left out"));
    }

    @Test
    void moderatePainKeepsEveryDoseAtTheLowEnd() {
        Routine routine = Rules.BOOK.prescribe(TestAnswers.fit().pain(6, PainArea.BACK).build());

        for (WeekRoutine week : routine.weeks()) {
            for (PlannedExercise e : week.exercises()) {
                var dosage = Rules.exercise(e.id()).dosage();
                assertThat(e.sets()).isEqualTo(dosage.sets().low());
                assertThat(e.reps()).isEqualTo(dosage.reps().low());
            }
        }
    }

    @Test
    void everyBudgetIsKeptAndEveryDoseStaysInTheArticlesRangeAndNeverGoesDown() {
        for (int minutes = 10; minutes <= 40; minutes += 5) {
            for (int weeks : new int[] {1, 2, 6, 26}) {
                Routine routine = Rules.BOOK.prescribe(TestAnswers.fit().pain(2, PainArea.KNEE).minutes(minutes)
                        .weeks(weeks).build());
                Map<String, Integer> lastSeconds = new HashMap<>();
                for (WeekRoutine week : routine.weeks()) {
                    assertThat(week.minutes()).as("%d min, week %d", minutes, week.week()).isLessThanOrEqualTo(minutes);
                    assertThat(week.exercises()).isNotEmpty();
                    for (PlannedExercise e : week.exercises()) {
                        assertThat(Rules.exercise(e.id()).dosage().allows(e.sets(), e.reps(), e.holdSeconds())).isTrue();
                        assertThat(e.seconds()).isGreaterThanOrEqualTo(lastSeconds.getOrDefault(e.id(), 0));
                        lastSeconds.put(e.id(), e.seconds());
                    }
                }
            }
        }
    }

    @Test
    void aTightBudgetDropsTheLeastImportantAndSaysSo() {
        Routine routine = Rules.BOOK.prescribe(TestAnswers.fit().pain(4, PainArea.KNEE).minutes(10).build());

        List<String> ids = routine.week(1).exercises().stream().map(PlannedExercise::id).toList();
        assertThat(ids).contains("tibialis-anterior").hasSizeLessThan(5);
        assertThat(routine.notes()).anyMatch(n -> n.contains("is left out to fit your 10 minutes"));
    }

    @Test
    void footwearNotesAreUnderstoodAndBringAdvice() {
        Routine routine = Rules.BOOK.prescribe(TestAnswers.fit().notes("Heels at work, narrow shoes").build());

        assertThat(routine.notes()).contains("Understood in your footwear notes: \"heels\" (high heels).",
                "Understood in your footwear notes: \"narrow\" (pointed or narrow shoes).");
        assertThat(routine.advice()).anyMatch(a -> a.contains("unnatural shapes"));
    }

    @Test
    void theSameAnswersGiveTheSameRoutine() {
        TestAnswers answers = TestAnswers.fit().pain(4, PainArea.BACK, PainArea.KNEE).notes("I run in worn shoes");

        assertThat(Rules.BOOK.prescribe(answers.build())).isEqualTo(Rules.BOOK.prescribe(answers.build()));
    }
}
