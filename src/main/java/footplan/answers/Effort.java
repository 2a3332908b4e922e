package footplan.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How hard a session felt, as the person says it in a check-in. */
public enum Effort {
    /** Easier than it should be. */
    EASY,
    /** About right: hard work by the last repetitions, with good form. */
    RIGHT,
    /** Too hard: form slipped, or the last sets could not be finished. */
    HARD;

    /** The word the check-ins file uses, e.g. {@code right}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "easy, right, hard". */
    public static String words() {
        return String.join(", ", keys());
    }

    /** Reads {@code easy}, {@code right} or {@code hard}, in any case, with a hint for a near miss. */
    public static Effort of(String word) throws BadValue {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Effort effort : values()) {
            if (effort.key().equals(w)) {
                return effort;
            }
        }
        throw new BadValue(Values.quote(word) + " is not an effort; allowed: " + words()
                + Suggest.closest(w, keys()).map(s -> " (did you mean " + s + "?)").orElse(""));
    }

    private static List<String> keys() {
        return Arrays.stream(values()).map(Effort::key).toList();
    }
}
