package footplan.rules.facts;

/** A decision about one exercise, which it names by its id in {@code exercises.yaml}. */
public interface AboutExercise {

    String exerciseId();
}
