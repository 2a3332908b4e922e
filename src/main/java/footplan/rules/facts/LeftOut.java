package footplan.rules.facts;

/** An exercise left out of the routine because the person cannot do it safely as things are. */
public record LeftOut(String exerciseId, String reason) implements AboutExercise, Reasoned {
}
