package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Equipment;
import footplan.rules.facts.Adaptation;
import footplan.rules.facts.LeftOut;
import footplan.rules.facts.Selected;
import org.junit.jupiter.api.Test;

class AdaptationRulesTest {

    private static Selected selected(String id) {
        return new Selected(id, "test");
    }

    private static RuleRun only(String rule, TestAnswers answers, String exerciseId) {
        return Rules.only(rule, Rules.with(answers.build(), selected(exerciseId)));
    }

    @Test
    void noBandMeansTibialisWithoutResistance() {
        RuleRun run = only("No band: tibialis anterior without resistance", TestAnswers.fit().without(Equipment.BAND),
                "tibialis-anterior");

        assertThat(run.facts(Adaptation.class)).singleElement()
                .satisfies(a -> assertThat(a.change()).startsWith("No band"))
                .satisfies(a -> assertThat(a.reason()).contains("equipment"));
    }

    @Test
    void aBandMeansNoBandAdaptation() {
        assertThat(only("No band: tibialis anterior without resistance", TestAnswers.fit(), "tibialis-anterior")
                .facts(Adaptation.class)).isEmpty();
    }

    @Test
    void cannotStandOnOneLegMeansHeelRaisesOnBothFeet() {
        TestAnswers answers = TestAnswers.fit();
        answers.standOnOneLeg = false;

        RuleRun run = only("Cannot stand on one leg: heel raises on both feet", answers, "heel-raises");

        assertThat(run.facts(Adaptation.class)).singleElement()
                .satisfies(a -> assertThat(a.bothFeetTogether()).isTrue())
                .satisfies(a -> assertThat(a.reason()).contains("abilities.stand_on_one_leg"));
    }

    @Test
    void cannotStandOnOneLegLeavesOutToeWalking() {
        TestAnswers answers = TestAnswers.fit();
        answers.standOnOneLeg = false;

        RuleRun run = only("Cannot stand on one leg: leave out toe walking", answers, "toe-walking");

        assertThat(run.facts(LeftOut.class)).extracting(LeftOut::exerciseId).containsExactly("toe-walking");
    }

    @Test
    void standingOnOneLegKeepsToeWalking() {
        assertThat(only("Cannot stand on one leg: leave out toe walking", TestAnswers.fit(), "toe-walking")
                .facts(LeftOut.class)).isEmpty();
    }

    @Test
    void noChairMeansHeelRaisesHoldingACounter() {
        RuleRun run = only("No chair: heel raises holding a counter or wall", TestAnswers.fit().without(Equipment.CHAIR),
                "heel-raises");

        assertThat(run.facts(Adaptation.class)).extracting(Adaptation::change).singleElement().asString()
                .contains("counter");
    }

    @Test
    void cannotLieOnTheFloorMeansAnkleCirclesOnABed() {
        TestAnswers answers = TestAnswers.fit();
        answers.lieOnFloor = false;

        RuleRun run = only("Cannot lie on the floor: ankle circles on a bed", answers, "ankle-circles");

        assertThat(run.facts(Adaptation.class)).singleElement()
                .satisfies(a -> assertThat(a.change()).contains("bed"))
                .satisfies(a -> assertThat(a.position()).isNull());
    }

    @Test
    void cannotSitOnTheFloorMovesTibialisToAChair() {
        TestAnswers answers = TestAnswers.fit();
        answers.sitOnFloor = false;

        RuleRun run = only("Cannot sit on the floor: tibialis anterior on a chair", answers, "tibialis-anterior");

        assertThat(run.facts(Adaptation.class)).singleElement()
                .satisfies(a -> assertThat(a.position()).isEqualTo(Position.SITTING_ON_CHAIR));
    }

    @Test
    void cannotSitOnTheFloorWithoutAChairIsNotMovedToAChair() {
        TestAnswers answers = TestAnswers.fit().without(Equipment.CHAIR);
        answers.sitOnFloor = false;

        assertThat(only("Cannot sit on the floor: tibialis anterior on a chair", answers, "tibialis-anterior")
                .facts(Adaptation.class)).isEmpty();
    }

    @Test
    void cannotSitOnTheFloorWithoutAChairLeavesOutTibialis() {
        TestAnswers answers = TestAnswers.fit().without(Equipment.CHAIR);
        answers.sitOnFloor = false;

        RuleRun run = only("Cannot sit on the floor and no chair: leave out tibialis anterior", answers,
                "tibialis-anterior");

        assertThat(run.facts(LeftOut.class)).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("abilities.sit_on_floor").contains("equipment"));
    }

    @Test
    void noTowelMeansACloth() {
        RuleRun run = only("No towel: toe curls with a small cloth", TestAnswers.fit().without(Equipment.TOWEL),
                "toe-curls");

        assertThat(run.facts(Adaptation.class)).extracting(Adaptation::change).singleElement().asString()
                .contains("cloth");
    }

    @Test
    void noChairMeansToeCurlsOnABedOrSofa() {
        RuleRun run = only("No chair: toe curls sitting on a bed or sofa", TestAnswers.fit().without(Equipment.CHAIR),
                "toe-curls");

        assertThat(run.facts(Adaptation.class)).extracting(Adaptation::change).singleElement().asString()
                .contains("sofa");
    }

    @Test
    void anExerciseThatIsNotSelectedIsNotAdapted() {
        RuleRun run = Rules.only("No towel: toe curls with a small cloth",
                Rules.with(TestAnswers.fit().without(Equipment.TOWEL).build()));

        assertThat(run.facts(Adaptation.class)).isEmpty();
    }
}
