package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Equipment;
import footplan.rules.facts.Adaptation;
import footplan.rules.facts.LeftOut;
import footplan.rules.facts.Selected;
import org.junit.jupiter.api.Test;

/** Each adaptation rule alone: which variant it chooses, or that it leaves the exercise out, and why. */
class AdaptationRulesTest {

    private static Selected selected(String id) {
        return new Selected(id, "test");
    }

    private static RuleRun only(String rule, TestAnswers answers, String exerciseId) {
        return Rules.only(rule, Rules.with(answers.build(), selected(exerciseId)));
    }

    private static TestAnswers cannot(Ability... abilities) {
        TestAnswers answers = TestAnswers.fit();
        for (Ability ability : abilities) {
            switch (ability) {
                case STAND_ON_ONE_LEG -> answers.standOnOneLeg = false;
                case LIE_ON_FLOOR -> answers.lieOnFloor = false;
                case SIT_ON_FLOOR -> answers.sitOnFloor = false;
                default -> throw new IllegalArgumentException(ability.name());
            }
        }
        return answers;
    }

    /** The rule chooses exactly this variant, which exists, and says why, naming the answers. */
    private static void chooses(String rule, TestAnswers answers, String exerciseId, String variantId,
                                String... answerKeys) {
        RuleRun run = only(rule, answers, exerciseId);

        assertThat(run.facts(Adaptation.class)).as(rule).singleElement().satisfies(a -> {
            assertThat(a.exerciseId()).isEqualTo(exerciseId);
            assertThat(a.variantId()).isEqualTo(variantId);
            assertThat(Rules.exercise(exerciseId).variant(variantId)).isPresent();
            assertThat(a.reason()).contains(answerKeys);
        });
    }

    private static void choosesNothing(String rule, TestAnswers answers, String exerciseId) {
        assertThat(only(rule, answers, exerciseId).facts(Adaptation.class)).as(rule).isEmpty();
    }

    @Test
    void noChairMeansHeelRaisesHoldingACounter() {
        String rule = "No chair: heel raises holding a counter";
        chooses(rule, TestAnswers.fit().without(Equipment.CHAIR), "heel-raises", "counter", "(equipment)");
        choosesNothing(rule, TestAnswers.fit(), "heel-raises");
        choosesNothing(rule, cannot(Ability.STAND_ON_ONE_LEG).without(Equipment.CHAIR), "heel-raises");
    }

    @Test
    void cannotStandOnOneLegMeansHeelRaisesOnBothFeet() {
        String rule = "Cannot stand on one leg: heel raises on both feet";
        chooses(rule, cannot(Ability.STAND_ON_ONE_LEG), "heel-raises", "both-feet", "abilities.stand_on_one_leg");
        choosesNothing(rule, TestAnswers.fit(), "heel-raises");
        choosesNothing(rule, cannot(Ability.STAND_ON_ONE_LEG).without(Equipment.CHAIR), "heel-raises");
    }

    @Test
    void cannotStandOnOneLegWithoutAChairMeansBothFeetAtACounter() {
        chooses("Cannot stand on one leg, no chair: heel raises on both feet holding a counter",
                cannot(Ability.STAND_ON_ONE_LEG).without(Equipment.CHAIR), "heel-raises", "both-feet-counter",
                "abilities.stand_on_one_leg", "(equipment)");
    }

    @Test
    void cannotStandOnOneLegLeavesOutToeWalking() {
        RuleRun run = only("Cannot stand on one leg: leave out toe walking", cannot(Ability.STAND_ON_ONE_LEG),
                "toe-walking");

        assertThat(run.facts(LeftOut.class)).extracting(LeftOut::exerciseId).containsExactly("toe-walking");
        assertThat(only("Cannot stand on one leg: leave out toe walking", TestAnswers.fit(), "toe-walking")
                .facts(LeftOut.class)).isEmpty();
    }

    @Test
    void cannotLieOnTheFloorMeansAnkleCirclesOnABed() {
        String rule = "Cannot lie on the floor: ankle circles on a bed";
        chooses(rule, cannot(Ability.LIE_ON_FLOOR), "ankle-circles", "bed", "abilities.lie_on_floor");
        choosesNothing(rule, TestAnswers.fit(), "ankle-circles");
    }

    @Test
    void noBandMeansTibialisWithoutABandOnTheFloor() {
        String rule = "No band: tibialis anterior without a band";
        chooses(rule, TestAnswers.fit().without(Equipment.BAND), "tibialis-anterior", "no-band", "(equipment)");
        choosesNothing(rule, TestAnswers.fit(), "tibialis-anterior");
        choosesNothing(rule, cannot(Ability.SIT_ON_FLOOR).without(Equipment.BAND), "tibialis-anterior");
    }

    @Test
    void cannotSitOnTheFloorMovesTibialisToAChair() {
        String rule = "Cannot sit on the floor: tibialis anterior on a chair";
        chooses(rule, cannot(Ability.SIT_ON_FLOOR), "tibialis-anterior", "chair", "abilities.sit_on_floor");
        choosesNothing(rule, cannot(Ability.SIT_ON_FLOOR).without(Equipment.CHAIR), "tibialis-anterior");
        choosesNothing(rule, cannot(Ability.SIT_ON_FLOOR).without(Equipment.BAND), "tibialis-anterior");
    }

    @Test
    void cannotSitOnTheFloorWithoutABandMeansAChairAndNoBand() {
        chooses("Cannot sit on the floor, no band: tibialis anterior on a chair without a band",
                cannot(Ability.SIT_ON_FLOOR).without(Equipment.BAND), "tibialis-anterior", "chair-no-band",
                "abilities.sit_on_floor", "(equipment)");
    }

    @Test
    void cannotSitOnTheFloorWithoutAChairLeavesOutTibialis() {
        RuleRun run = only("Cannot sit on the floor and no chair: leave out tibialis anterior",
                cannot(Ability.SIT_ON_FLOOR).without(Equipment.CHAIR), "tibialis-anterior");

        assertThat(run.facts(LeftOut.class)).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("abilities.sit_on_floor").contains("equipment"));
    }

    @Test
    void noTowelMeansACloth() {
        String rule = "No towel: toe curls with a cloth";
        chooses(rule, TestAnswers.fit().without(Equipment.TOWEL), "toe-curls", "cloth", "(equipment)");
        choosesNothing(rule, TestAnswers.fit().without(Equipment.TOWEL).without(Equipment.CHAIR), "toe-curls");
    }

    @Test
    void noChairMeansToeCurlsOnABedOrSofa() {
        String rule = "No chair: towel toe curls on a bed or sofa";
        chooses(rule, TestAnswers.fit().without(Equipment.CHAIR), "toe-curls", "bed-or-sofa", "(equipment)");
        choosesNothing(rule, TestAnswers.fit(), "toe-curls");
    }

    @Test
    void noChairOrTowelMeansAClothOnABedOrSofa() {
        chooses("No chair or towel: toe curls with a cloth on a bed or sofa",
                TestAnswers.fit().without(Equipment.TOWEL).without(Equipment.CHAIR), "toe-curls", "cloth-bed-or-sofa",
                "(equipment)");
    }

    @Test
    void anExerciseThatIsNotSelectedIsNotAdapted() {
        RuleRun run = Rules.only("No towel: toe curls with a cloth",
                Rules.with(TestAnswers.fit().without(Equipment.TOWEL).build()));

        assertThat(run.facts(Adaptation.class)).isEmpty();
    }
}
