package footplan.rules.facts;

/** An inclusive range of whole numbers taken from the article, e.g. 10-20 reps. */
public record Range(int low, int high) {

    public Range {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("a range needs 0 <= low <= high, got " + low + "-" + high);
        }
    }

    public boolean contains(int value) {
        return value >= low && value <= high;
    }

    /**
     * The value for a program week: the low end in week 1, rising evenly to the high end in the last week.
     * Rounds down, so it never overshoots what that week should be.
     */
    public int progressed(int week, int weeks) {
        if (weeks <= 1) {
            return low;
        }
        return low + (high - low) * (week - 1) / (weeks - 1);
    }

    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : low + "-" + high;
    }
}
