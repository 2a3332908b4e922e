package footplan.rules.facts;

/**
 * The dose of one exercise in one week, as prescribed before the time budget is applied.
 *
 * @param sides   2 when each leg or foot does its own sets, else 1
 * @param seconds estimated time of this dose
 */
public record Dose(String exerciseId, int week, int sets, int reps, int holdSeconds, int sides, int seconds,
                   boolean aboveLowEnd, String reason) implements AboutExercise, Reasoned {

    /**
     * Doses an exercise for a week from the article's ranges.
     *
     * @param variant  the way the person does it, which says whether each side does its own sets
     * @param progress true to rise from the low end toward the high end over the program
     */
    public static Dose of(Exercise exercise, Variant variant, ProgramWeek week, boolean progress, String reason) {
        Dosage dosage = variant.dosage();
        int w = progress ? week.week() : 1;
        int sets = dosage.sets().progressed(w, week.weeks());
        int reps = dosage.reps().progressed(w, week.weeks());
        int hold = dosage.holdSeconds().progressed(w, week.weeks());
        int sides = dosage.perSide() ? 2 : 1;
        int seconds = exercise.timing().seconds(sets, reps, sides);
        boolean above = sets > dosage.sets().low() || reps > dosage.reps().low() || hold > dosage.holdSeconds().low();
        return new Dose(exercise.id(), week.week(), sets, reps, hold, sides, seconds, above, reason);
    }
}
