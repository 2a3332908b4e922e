package footplan.rules.facts;

/** A piece of advice for the person, from the article. */
public record Advice(String topic, String text, String reason) implements Reasoned {
}
