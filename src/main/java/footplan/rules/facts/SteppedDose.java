package footplan.rules.facts;

/**
 * An exercise's dose in one week after the check-ins moved the week to an earlier step of the planned
 * progression: each of sets, reps and hold is that step's value, and never above the week's planned dose, so it
 * stays inside the article's ranges.
 *
 * @param step    the week of the planned progression the dose follows
 * @param seconds estimated time of this dose
 */
public record SteppedDose(String exerciseId, int week, int step, int sets, int reps, int holdSeconds, int seconds,
                          String reason) implements AboutExercise, Reasoned {

    /** The planned dose of {@code planned.week()} brought down to the planned progression's week {@code step}. */
    public static SteppedDose of(Exercise exercise, Dose planned, int step, int weeks, String reason) {
        Dosage d = exercise.dosage();
        int sets = Math.min(planned.sets(), d.sets().progressed(step, weeks));
        int reps = Math.min(planned.reps(), d.reps().progressed(step, weeks));
        int hold = Math.min(planned.holdSeconds(), d.holdSeconds().progressed(step, weeks));
        int seconds = exercise.timing().seconds(sets, reps, planned.sides());
        return new SteppedDose(planned.exerciseId(), planned.week(), step, sets, reps, hold, seconds, reason);
    }

    /** Whether the step changes the planned dose at all (a narrow range, or the low end already, may not). */
    public static boolean lowers(Exercise exercise, Dose planned, int step, int weeks) {
        SteppedDose stepped = of(exercise, planned, step, weeks, "");
        return stepped.sets() != planned.sets() || stepped.reps() != planned.reps()
                || stepped.holdSeconds() != planned.holdSeconds();
    }
}
