package footplan.rules.facts;

/** From {@code fromWeek} on, every week stays at the low end of the article's ranges. */
public record LowEnd(int fromWeek, String reason) implements Reasoned {
}
