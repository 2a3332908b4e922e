package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.Advice;
import footplan.rules.facts.FootwearHabit;
import footplan.rules.facts.Habit;
import org.junit.jupiter.api.Test;

class AdviceRulesTest {

    private static final String FOOTWEAR = "Shoes that fit badly or squeeze the feet: advise on footwear";

    @Test
    void heelsBringTheArticlesFootwearAdvice() {
        RuleRun run = Rules.only(FOOTWEAR, new FootwearHabit(Habit.HIGH_HEELS, "You wear high heels."));

        assertThat(run.facts(Advice.class)).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("unnatural shapes"))
                .satisfies(a -> assertThat(a.reason()).contains("high heels"));
    }

    @Test
    void runningAloneBringsNoFootwearAdvice() {
        assertThat(Rules.only(FOOTWEAR, new FootwearHabit(Habit.RUNNING, "You run.")).facts(Advice.class)).isEmpty();
    }

    @Test
    void legRadiatingPainBringsTheSciaticaNote() {
        TestAnswers answers = TestAnswers.fit();
        answers.legRadiating = true;

        RuleRun run = Rules.only("Pain down the leg: advise on footwear and when to get help",
                Rules.with(answers.build()));

        assertThat(run.facts(Advice.class)).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("sciatica").contains("see a clinician"))
                .satisfies(a -> assertThat(a.reason()).contains("pain.leg_radiating"));
    }

    @Test
    void noLegPainNoSciaticaNote() {
        assertThat(Rules.only("Pain down the leg: advise on footwear and when to get help",
                Rules.with(TestAnswers.fit().build())).facts(Advice.class)).isEmpty();
    }

    @Test
    void everyoneHearsHowOftenAndWhenToStop() {
        Object[] facts = Rules.with(TestAnswers.fit().build());

        assertThat(Rules.only("How often to train", facts).facts(Advice.class))
                .extracting(Advice::text).singleElement().asString().contains("2 to 3 times a week");
        assertThat(Rules.only("Stop an exercise that makes the pain worse", facts).facts(Advice.class))
                .extracting(Advice::text).singleElement().asString().contains("stop any exercise");
    }
}
