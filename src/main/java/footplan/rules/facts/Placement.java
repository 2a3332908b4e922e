package footplan.rules.facts;

import footplan.rules.Position;

/** Where an exercise comes in the session: grouped by body position, then by rank. */
public record Placement(String exerciseId, Position position, int sequence, String reason)
        implements AboutExercise, Reasoned {
}
