package footplan.rules.facts;

/**
 * An adaptation rule chose another way to do an exercise, a variant in {@code exercises.yaml}, because the person
 * cannot do it as the article describes; shown to the person as "Adapted: " and the reason.
 *
 * @param variantId the id of the variant under the exercise's {@code variants}
 * @param reason    why, naming the answers, e.g. "You have no exercise band (equipment), so ..."
 */
public record Adaptation(String exerciseId, String variantId, String reason) implements AboutExercise, Reasoned {
}
