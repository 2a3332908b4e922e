package footplan.rules.facts;

/**
 * How long an exercise takes, as an estimate for the time budget; never a dosage.
 *
 * @param setup        getting into position, plus any fixed part of the exercise
 * @param secondsPerRep one repetition (or one walk, for toe walking)
 * @param restPerSet   a short rest after each set
 */
public record Timing(int setup, int secondsPerRep, int restPerSet) {

    public Timing {
        if (setup < 0 || secondsPerRep < 1 || restPerSet < 0) {
            throw new IllegalArgumentException("timing needs setup >= 0, seconds_per_rep >= 1, rest_per_set >= 0");
        }
    }

    /** Estimated seconds for a dose; {@code sides} is 2 when each leg does its own sets. */
    public int seconds(int sets, int reps, int sides) {
        return setup + sets * sides * (reps * secondsPerRep + restPerSet);
    }
}
