package footplan.rules.facts;

import footplan.rules.Position;

/** How important an exercise is for this person: rank 1 is the most important. */
public record Rank(String exerciseId, int rank, int points, Position position, String reason)
        implements AboutExercise, Reasoned {

    /** Done in an earlier position of the session, or in the same one and more important (a lower rank). */
    public boolean isDoneBefore(Rank other) {
        return position.compareTo(other.position) < 0 || (position == other.position && rank < other.rank);
    }
}
