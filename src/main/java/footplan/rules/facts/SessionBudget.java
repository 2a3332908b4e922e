package footplan.rules.facts;

/** The most a session may take, in seconds. */
public record SessionBudget(int seconds) {
}
