package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.Dose;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.ProgramWeek;
import footplan.rules.facts.Rank;
import footplan.rules.facts.SessionBudget;
import footplan.rules.facts.Trim;
import footplan.rules.facts.TrimKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

    private static final String SHORTEN = "Shorten the least important exercise while a week runs over the budget";
    private static final String DROP = "Drop the least important exercise when shortening is not enough";

    /** Week-6 doses (the high end) of three exercises ranked in the given order. */
    private static List<Object> lastWeek(int budgetSeconds, String... idsByRank) {
        List<Object> facts = new ArrayList<>(List.of(new SessionBudget(budgetSeconds)));
        for (int i = 0; i < idsByRank.length; i++) {
            Exercise exercise = Rules.exercise(idsByRank[i]);
            facts.add(exercise);
            facts.add(new Rank(exercise.id(), i + 1, 0, exercise.position(), ""));
            facts.add(Dose.of(exercise, exercise.asDescribed(), new ProgramWeek(6, 6), true, "test"));
        }
        return facts;
    }

    private static int seconds(List<Object> facts) {
        return facts.stream().filter(Dose.class::isInstance).mapToInt(f -> ((Dose) f).seconds()).sum();
    }

    @Test
    void aWeekWithinTheBudgetIsNotTouched() {
        List<Object> facts = lastWeek(40 * 60, "heel-raises", "ankle-circles", "toe-curls");

        assertThat(Rules.only(SHORTEN, facts.toArray()).facts(Trim.class)).isEmpty();
    }

    @Test
    void theLeastImportantExerciseIsShortenedFirstAndOnlyAsMuchAsNeeded() {
        List<Object> facts = lastWeek(0, "heel-raises", "ankle-circles", "toe-curls");
        int total = seconds(facts);
        facts.set(0, new SessionBudget(total - 10));

        List<Trim> trims = Rules.only(SHORTEN, facts.toArray()).facts(Trim.class);

        assertThat(trims).singleElement()
                .satisfies(t -> assertThat(t.exerciseId()).isEqualTo("toe-curls"))
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TrimKind.SHORTEN))
                .satisfies(t -> assertThat(t.reps()).isEqualTo(5));
    }

    @Test
    void shorteningStopsAtTheLowEndOfTheArticle() {
        List<Object> facts = lastWeek(1, "heel-raises", "ankle-circles");

        List<Trim> trims = Rules.only(SHORTEN, facts.toArray()).facts(Trim.class);

        assertThat(trims).hasSize(2).allSatisfy(t -> {
            Exercise e = Rules.exercise(t.exerciseId());
            assertThat(t.sets()).isEqualTo(e.dosage().sets().low());
            assertThat(t.reps()).isEqualTo(e.dosage().reps().low());
        });
    }

    @Test
    void shorteningAppliesToEveryWeekSoTheDoseNeverGoesDown() {
        Exercise heel = Rules.exercise("heel-raises");
        List<Object> facts = new ArrayList<>(List.of(new SessionBudget(1), heel,
                new Rank(heel.id(), 1, 0, heel.position(), "")));
        for (int week = 1; week <= 6; week++) {
            facts.add(Dose.of(heel, heel.asDescribed(), new ProgramWeek(week, 6), true, "test"));
        }

        List<Trim> trims = Rules.only(SHORTEN, facts.toArray()).facts(Trim.class);

        assertThat(trims).extracting(Trim::week).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
        assertThat(trims).allSatisfy(t -> assertThat(t.reps()).isEqualTo(10));
    }

    @Test
    void theLeastImportantExerciseIsDroppedWhenShorteningIsNotEnough() {
        List<Object> facts = lastWeek(0, "tibialis-anterior", "toe-walking");
        int tibialis = seconds(facts.subList(0, 4));
        facts.set(0, new SessionBudget(tibialis));

        List<Trim> trims = Rules.only(DROP, facts.toArray()).facts(Trim.class);

        assertThat(trims).singleElement()
                .satisfies(t -> assertThat(t.exerciseId()).isEqualTo("toe-walking"))
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TrimKind.DROP));
    }
}
