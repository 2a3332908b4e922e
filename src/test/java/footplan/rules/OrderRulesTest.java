package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.Adaptation;
import footplan.rules.facts.Emphasis;
import footplan.rules.facts.Importance;
import footplan.rules.facts.LeftOut;
import footplan.rules.facts.Placement;
import footplan.rules.facts.Rank;
import footplan.rules.facts.Selected;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

    private static final String ADD_UP = "Add up the emphasis each exercise gets from the answers";
    private static final String RANK = "Rank exercises by how important they are for this person";
    private static final String GROUP = "Group exercises by body position, most important first within a position";

    @Test
    void emphasisAddsUpPerExercise() {
        List<Object> facts = new ArrayList<>(List.of(Rules.exercise("toe-curls"), new Selected("toe-curls", "s"),
                new Emphasis("toe-curls", 3, "runs"), new Emphasis("toe-curls", 1, "heels")));

        RuleRun run = Rules.only(ADD_UP, facts.toArray());

        assertThat(run.facts(Importance.class)).singleElement()
                .satisfies(i -> assertThat(i.points()).isEqualTo(4))
                .satisfies(i -> assertThat(i.position()).isEqualTo(Position.SITTING_ON_CHAIR));
    }

    @Test
    void aLeftOutExerciseGetsNoImportance() {
        RuleRun run = Rules.only(ADD_UP, Rules.exercise("toe-walking"), new Selected("toe-walking", "s"),
                new LeftOut("toe-walking", "balance"));

        assertThat(run.facts(Importance.class)).isEmpty();
    }

    @Test
    void theChosenVariantsPositionCounts() {
        RuleRun run = Rules.only(ADD_UP, Rules.exercise("tibialis-anterior"), new Selected("tibialis-anterior", "s"),
                new Adaptation("tibialis-anterior", "chair", "floor"));

        assertThat(run.facts(Importance.class)).extracting(Importance::position)
                .containsExactly(Position.SITTING_ON_CHAIR);
    }

    @Test
    void toeCurlsOnABedOrSofaComeAfterEverythingOnAChair() {
        RuleRun run = Rules.only(ADD_UP, Rules.exercise("toe-curls"), new Selected("toe-curls", "s"),
                new Adaptation("toe-curls", "bed-or-sofa", "no chair"));

        assertThat(run.facts(Importance.class)).extracting(Importance::position)
                .containsExactly(Position.SITTING_ON_BED_OR_SOFA);
    }

    @Test
    void moreEmphasisRanksHigherAndTheCatalogueOrderBreaksTies() {
        RuleRun run = Rules.only(RANK,
                Rules.exercise("heel-raises"), Rules.exercise("toe-walking"), Rules.exercise("tibialis-anterior"),
                new Importance("heel-raises", 0, 0, Position.STANDING, ""),
                new Importance("toe-walking", 1, 0, Position.STANDING, ""),
                new Importance("tibialis-anterior", 3, 3, Position.SITTING_ON_FLOOR, ""));

        assertThat(run.facts(Rank.class).stream().sorted(Comparator.comparingInt(Rank::rank)))
                .extracting(Rank::exerciseId).containsExactly("tibialis-anterior", "heel-raises", "toe-walking");
    }

    @Test
    void positionsComeInOrderAndRankOrdersWithinAPosition() {
        List<Object> facts = new ArrayList<>(Rules.BOOK.catalogue().exercises());
        facts.addAll(List.of(
                new Rank("toe-curls", 1, 4, Position.SITTING_ON_CHAIR, ""),
                new Rank("tibialis-anterior", 2, 3, Position.SITTING_ON_FLOOR, ""),
                new Rank("heel-raises", 4, 0, Position.STANDING, ""),
                new Rank("toe-walking", 3, 2, Position.STANDING, ""),
                new Rank("ankle-circles", 5, 0, Position.LYING, "")));
        RuleRun run = Rules.only(GROUP, facts.toArray());

        assertThat(run.facts(Placement.class).stream().sorted(Comparator.comparingInt(Placement::sequence)))
                .extracting(Placement::exerciseId)
                .containsExactly("toe-walking", "heel-raises", "ankle-circles", "tibialis-anterior", "toe-curls");
    }
}
