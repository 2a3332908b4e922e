package footplan.rules.facts;

import java.util.Objects;

/**
 * The article's dosage ranges for one exercise.
 *
 * @param perSide whether sets are done with each leg or foot in turn
 * @param text    the dose in words with {sets}, {reps} and {hold} placeholders
 */
public record Dosage(Range sets, Range reps, Range holdSeconds, boolean perSide, String text) {

    public Dosage {
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(reps, "reps");
        Objects.requireNonNull(holdSeconds, "hold_seconds");
        Objects.requireNonNull(text, "text");
        if (sets.low() < 1 || reps.low() < 1) {
            throw new IllegalArgumentException("sets and reps start at 1");
        }
    }

    /** Whether the article gives one dose, the same at the low and the high end of every range. */
    public boolean isFixed() {
        return sets.low() == sets.high() && reps.low() == reps.high() && holdSeconds.low() == holdSeconds.high();
    }

    /** Whether a dose lies inside every range of the article. */
    public boolean allows(int sets, int reps, int holdSeconds) {
        return this.sets.contains(sets) && this.reps.contains(reps) && this.holdSeconds.contains(holdSeconds);
    }

    /** The dose in words, e.g. "2 sets of 10 slow raises on each leg". */
    public String describe(int sets, int reps, int holdSeconds) {
        return fill(Integer.toString(sets), Integer.toString(reps), Integer.toString(holdSeconds));
    }

    /** The article's ranges in the same words, e.g. "2-3 sets of 10-20 slow raises on each leg". */
    public String describeRanges() {
        return fill(sets.toString(), reps.toString(), holdSeconds.toString());
    }

    private String fill(String sets, String reps, String hold) {
        return text.replace("{sets}", sets).replace("{reps}", reps).replace("{hold}", hold);
    }
}
