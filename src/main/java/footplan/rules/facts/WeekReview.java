package footplan.rules.facts;

import footplan.rules.Verdict;

/**
 * What the check-ins of one program week mean for the next: progress, hold, step back, or no check-ins.
 *
 * @param week    the week whose check-ins were reviewed; its verdict sets the step of week + 1
 * @param verdict one of {@link Verdict#PROGRESS}, {@link Verdict#HOLD}, {@link Verdict#STEP_BACK} and
 *                {@link Verdict#NOT_CHECKED_IN}
 * @param why     what in the check-ins led to the verdict, naming them: "pain 6/10 during Wed 16 Dec, above 5/10"
 */
public record WeekReview(int week, Verdict verdict, String why) implements Reasoned {

    /** "Week 3: pain 6/10 during Wed 16 Dec, above 5/10." */
    @Override
    public String reason() {
        return "Week " + week + ": " + why + ".";
    }
}
