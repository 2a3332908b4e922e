package footplan.rules.facts;

import footplan.rules.Position;

/**
 * A conservative change to how an exercise is done, always shown to the person as an adaptation.
 *
 * @param change       what to do differently, in plain words
 * @param position     the position it is done in instead, or null when unchanged
 * @param bothFeetTogether when true the sets are done on both feet at once instead of each side in turn
 */
public record Adaptation(String exerciseId, String change, Position position, boolean bothFeetTogether,
                         String reason) implements AboutExercise, Reasoned {
}
