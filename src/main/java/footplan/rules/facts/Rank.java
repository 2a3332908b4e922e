package footplan.rules.facts;

import footplan.rules.Position;

/** How important an exercise is for this person: rank 1 is the most important. */
public record Rank(String exerciseId, int rank, int points, Position position, String reason)
        implements AboutExercise, Reasoned {
}
