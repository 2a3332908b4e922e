package footplan.rules.facts;

/**
 * A change the time budget makes to one exercise in one week.
 *
 * @param sets         the sets after the change (0 when dropped)
 * @param reps         the reps after the change (0 when dropped)
 * @param holdSeconds  the hold after the change (0 when dropped)
 * @param savedSeconds how much shorter the session gets
 */
public record Trim(String exerciseId, int week, TrimKind kind, int sets, int reps, int holdSeconds, int savedSeconds,
                   String reason) implements AboutExercise, Reasoned {

    /** Shortens a dose to the low end of the article's ranges. */
    public static Trim shorten(Exercise exercise, Dose dose, String reason) {
        Dosage d = exercise.dosage();
        int seconds = exercise.timing().seconds(d.sets().low(), d.reps().low(), dose.sides());
        return new Trim(dose.exerciseId(), dose.week(), TrimKind.SHORTEN, d.sets().low(), d.reps().low(),
                d.holdSeconds().low(), dose.seconds() - seconds, reason);
    }

    /** Seconds already saved in a week by the given trims of one exercise. */
    public static int savedIn(java.util.List<?> trims, int week) {
        return trims.stream().map(Trim.class::cast).filter(t -> t.week() == week).mapToInt(Trim::savedSeconds).sum();
    }

    /** Drops what is left of a dose after any earlier shortening. */
    public static Trim drop(Dose dose, int alreadySaved, String reason) {
        return new Trim(dose.exerciseId(), dose.week(), TrimKind.DROP, 0, 0, 0, dose.seconds() - alreadySaved, reason);
    }
}
