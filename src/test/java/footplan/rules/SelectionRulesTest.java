package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.PainArea;
import footplan.rules.facts.Emphasis;
import footplan.rules.facts.FootwearHabit;
import footplan.rules.facts.Habit;
import footplan.rules.facts.Selected;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {

    @Test
    void everyExerciseOfTheCatalogueStartsInTheRoutine() {
        Object[] facts = Rules.BOOK.catalogue().exercises().toArray();

        RuleRun run = Rules.only("Every exercise of the article starts in the routine", facts);

        assertThat(run.facts(Selected.class)).extracting(Selected::exerciseId)
                .containsExactly("heel-raises", "toe-walking", "ankle-circles", "tibialis-anterior", "toe-curls");
    }

    @Test
    void kneePainEmphasisesTibialisAnteriorMost() {
        RuleRun run = Rules.only("Knee pain makes the tibialis anterior exercise the most important",
                Rules.with(TestAnswers.fit().pain(4, PainArea.KNEE).build()));

        assertThat(run.facts(Emphasis.class)).singleElement()
                .satisfies(e -> assertThat(e.exerciseId()).isEqualTo("tibialis-anterior"))
                .satisfies(e -> assertThat(e.points()).isEqualTo(3))
                .satisfies(e -> assertThat(e.reason()).contains("knee pain").contains("pain.areas"));
    }

    @Test
    void noKneePainNoKneeEmphasis() {
        assertThat(Rules.only("Knee pain makes the tibialis anterior exercise the most important",
                Rules.with(TestAnswers.fit().pain(4, PainArea.BACK).build())).facts(Emphasis.class)).isEmpty();
    }

    @Test
    void hipPainEmphasisesTibialisAnterior() {
        RuleRun run = Rules.only("Hip pain makes the tibialis anterior exercise more important",
                Rules.with(TestAnswers.fit().pain(4, PainArea.HIP).build()));

        assertThat(run.facts(Emphasis.class)).extracting(Emphasis::exerciseId).containsExactly("tibialis-anterior");
    }

    @Test
    void hipPainEmphasisesHeelRaises() {
        RuleRun run = Rules.only("Hip pain makes heel raises more important",
                Rules.with(TestAnswers.fit().pain(4, PainArea.HIP).build()));

        assertThat(run.facts(Emphasis.class)).extracting(Emphasis::exerciseId).containsExactly("heel-raises");
    }

    @Test
    void backPainEmphasisesHeelRaises() {
        RuleRun run = Rules.only("Back pain makes heel raises more important",
                Rules.with(TestAnswers.fit().pain(4, PainArea.BACK).build()));

        assertThat(run.facts(Emphasis.class)).singleElement()
                .satisfies(e -> assertThat(e.exerciseId()).isEqualTo("heel-raises"))
                .satisfies(e -> assertThat(e.reason()).contains("back pain"));
    }

    @Test
    void runnersGetToeCurlsWithTheReasonTheyRun() {
        FootwearHabit running = new FootwearHabit(Habit.RUNNING, "You run (footwear.running).");

        RuleRun run = Rules.only("Runners make towel toe curls more important", running);

        assertThat(run.facts(Emphasis.class)).singleElement()
                .satisfies(e -> assertThat(e.exerciseId()).isEqualTo("toe-curls"))
                .satisfies(e -> assertThat(e.reason()).startsWith("You run (footwear.running).").contains("runners"));
    }

    @Test
    void heelsAndPointedShoesTogetherEmphasiseToeWalkingOnce() {
        FootwearHabit heels = new FootwearHabit(Habit.HIGH_HEELS, "You wear high heels.");
        FootwearHabit pointed = new FootwearHabit(Habit.POINTED_TOES, "You wear pointed shoes.");

        RuleRun run = Rules.only("Heels or pointed shoes make toe walking more important", heels, pointed);

        assertThat(run.facts(Emphasis.class)).singleElement()
                .satisfies(e -> assertThat(e.exerciseId()).isEqualTo("toe-walking"))
                .satisfies(e -> assertThat(e.reason()).contains("high heels").contains("pointed shoes"));
    }

    @Test
    void heelsEmphasiseToeCurls() {
        FootwearHabit heels = new FootwearHabit(Habit.HIGH_HEELS, "You wear high heels.");

        assertThat(Rules.only("Heels or pointed shoes make towel toe curls more important", heels)
                .facts(Emphasis.class)).extracting(Emphasis::exerciseId).containsExactly("toe-curls");
    }

    @Test
    void poorFitAloneDoesNotEmphasiseToeWalking() {
        FootwearHabit poorFit = new FootwearHabit(Habit.POOR_FIT, "Your shoes do not fit.");

        assertThat(Rules.only("Heels or pointed shoes make toe walking more important", poorFit)
                .facts(Emphasis.class)).isEmpty();
    }
}
