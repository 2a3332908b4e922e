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

    private static final String WHEN_TO_GET_HELP = "Pain down the leg: when to get help";
    private static final String SCIATICA_SHOES = "Pain down the leg and unsuitable shoes: advise on footwear";

    @Test
    void legRadiatingPainSaysWhenToGetHelp() {
        TestAnswers answers = TestAnswers.fit();
        answers.legRadiating = true;

        RuleRun run = Rules.only(WHEN_TO_GET_HELP, Rules.with(answers.build()));

        assertThat(run.facts(Advice.class)).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("see a clinician").doesNotContain("shoes"))
                .satisfies(a -> assertThat(a.reason()).contains("pain.leg_radiating"));
        assertThat(Rules.only(WHEN_TO_GET_HELP, Rules.with(TestAnswers.fit().build())).facts(Advice.class)).isEmpty();
    }

    /** The article: unsuitable shoes can aggravate sciatica. Said to those whose shoes are unsuitable. */
    @Test
    void legRadiatingPainAndUnsuitableShoesBringTheSciaticaNote() {
        TestAnswers answers = TestAnswers.fit();
        answers.legRadiating = true;

        for (Habit habit : new Habit[] {Habit.HIGH_HEELS, Habit.POINTED_TOES, Habit.POOR_FIT}) {
            RuleRun run = Rules.only(SCIATICA_SHOES, Rules.with(answers.build(),
                    new FootwearHabit(habit, "Your shoes (footwear.poor_fit).")));

            assertThat(run.facts(Advice.class)).as(habit.name()).singleElement()
                    .satisfies(a -> assertThat(a.text()).contains("sciatica", "shoes"))
                    .satisfies(a -> assertThat(a.reason()).contains("pain.leg_radiating", "footwear.poor_fit"));
        }
        assertThat(Rules.only(SCIATICA_SHOES, Rules.with(answers.build(),
                new FootwearHabit(Habit.RUNNING, "You run (footwear.running)."))).facts(Advice.class)).isEmpty();
        assertThat(Rules.only(SCIATICA_SHOES, Rules.with(TestAnswers.fit().build(),
                new FootwearHabit(Habit.HIGH_HEELS, "heels"))).facts(Advice.class)).isEmpty();
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
