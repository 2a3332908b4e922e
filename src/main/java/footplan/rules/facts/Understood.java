package footplan.rules.facts;

/** A word in the footwear notes that a rule recognised, and what it was taken to mean. */
public record Understood(String word, Habit meaning, String reason) implements Reasoned {
}
