package footplan.rules;

/** How a week's doses follow from the check-ins of the week before: see {@code rules/progression.drl}. */
public enum Verdict {
    /** The week before went well: one step up the planned progression. */
    PROGRESS,
    /** A session of the week before was missed, felt hard or hurt more the next morning: the same step again. */
    HOLD,
    /** Pain during a session of the week before went above 5/10: one step down. */
    STEP_BACK,
    /** Two weeks in a row stepped back: the low end of the article's ranges for the rest of the program. */
    LOW_END,
    /** The week before has no check-ins although later ones do: one step up, as planned. */
    NOT_CHECKED_IN,
    /** No check-ins yet to go by (week 1, or after the last check-in): one step up, as planned. */
    PLANNED
}
