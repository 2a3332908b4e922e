package footplan.rules.facts;

/** An exercise is part of the routine unless a rule leaves it out. */
public record Selected(String exerciseId, String reason) implements AboutExercise, Reasoned {
}
