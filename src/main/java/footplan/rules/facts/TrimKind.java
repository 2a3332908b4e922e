package footplan.rules.facts;

/** How the time budget changes an exercise in a week. */
public enum TrimKind {
    /** Back to the low end of the article's ranges. */
    SHORTEN,
    /** Left out of that week's sessions. */
    DROP
}
