package footplan.rules.facts;

/** Points of importance an answer gives an exercise; they decide order and what the budget trims first. */
public record Emphasis(String exerciseId, int points, String reason) implements AboutExercise, Reasoned {

    /** "1 point" or "3 points". */
    public static String points(int points) {
        return points + (points == 1 ? " point" : " points");
    }
}
