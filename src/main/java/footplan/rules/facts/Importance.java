package footplan.rules.facts;

import footplan.rules.Position;
import java.util.List;

/**
 * The total emphasis an exercise gets from the answers, and the position it is done in.
 *
 * @param index the catalogue place, which breaks ties
 */
public record Importance(String exerciseId, int index, int points, Position position)
        implements AboutExercise, Reasoned {

    @Override
    public String reason() {
        return points + " point(s) of emphasis from your answers; done " + position.label() + ".";
    }

    /** More emphasis from the answers, or as much and earlier in the article. */
    public boolean isMoreImportantThan(Importance other) {
        return points > other.points || (points == other.points && index < other.index);
    }

    /** The position an exercise is done in: that of the variant an adaptation chose, else the article's. */
    public static Position positionOf(Exercise exercise, List<?> adaptations) {
        return exercise.chosen(adaptations).position();
    }
}
