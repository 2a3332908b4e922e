package footplan.rules.facts;

import footplan.rules.Verdict;

/**
 * Which week of the planned progression a program week's doses follow, once check-ins have had their say.
 *
 * @param week the program week
 * @param step the week of the planned progression whose doses it uses: from 1 up to {@code week}
 */
public record Step(int week, int step, Verdict verdict, String reason) implements Reasoned {

    public Step {
        if (step < 1 || step > week) {
            throw new IllegalArgumentException("week " + week + " cannot use the step of week " + step);
        }
    }

    /** "the dose of week 2 of the plan", or "its planned dose" when the step is the week itself. */
    public static String dose(int week, int step) {
        return step == week ? "its planned dose" : "the dose of week " + step + " of the plan";
    }
}
