package footplan.rules;

/**
 * How the person's check-ins set one week's doses. Present on every {@link WeekRoutine} of a routine made with
 * check-ins; doses follow the planned progression of week {@code step}, never above that week's planned dose.
 *
 * @param step    the week of the planned progression whose doses this week uses: the week itself when all went
 *                to plan, lower after a hold or a step back (a program gains no weeks: it ends when planned)
 * @param verdict why this step, from the check-ins of the week before
 * @param reason  the reason in plain words, naming the check-in it rests on, e.g. "pain 6/10 during Wed 16 Dec"
 */
public record Progression(int step, Verdict verdict, String reason) {
}
