package footplan.rules.facts;

import footplan.rules.Position;
import java.util.List;

/**
 * The total emphasis an exercise gets from the answers, and the position it is done in.
 *
 * @param index the catalogue place, which breaks ties
 */
public record Importance(String exerciseId, int index, int points, Position position, String reason)
        implements AboutExercise, Reasoned {

    /**
     * Adds up an exercise's emphasis; its position is that of the variant chosen for it.
     *
     * @param emphases    the exercise's {@link Emphasis} facts
     * @param adaptations the exercise's {@link Adaptation} facts
     */
    public static Importance of(Exercise exercise, List<?> emphases, List<?> adaptations) {
        int points = emphases.stream().filter(Emphasis.class::isInstance).map(Emphasis.class::cast)
                .mapToInt(Emphasis::points).sum();
        Position position = exercise.chosen(adaptations).position();
        String because = points == 0 ? "no emphasis from your answers"
                : Emphasis.points(points) + " of emphasis from your answers" + AnswerKeys.of(emphases);
        String where = "is done " + position.label() + (position == exercise.position() ? ""
                : " instead of " + exercise.position().label() + AnswerKeys.of(adaptations));
        return new Importance(exercise.id(), exercise.index(), points, position,
                exercise.name() + " has " + because + " and " + where + ".");
    }

    /** More emphasis from the answers, or as much and earlier in the article. */
    public boolean isMoreImportantThan(Importance other) {
        return points > other.points || (points == other.points && index < other.index);
    }
}
