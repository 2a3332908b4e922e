package footplan.rules;

/** A rule that fired and why, for {@code --explain}. */
public record Explanation(String rule, String reason) {
}
