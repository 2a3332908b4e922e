package footplan.answers;

import java.util.Objects;

/**
 * One answer that cannot be used, at its key: what a form shows beside the field and the web API returns, e.g.
 * {@code schedule.time} and {@code "25:00" is not a time of day (HH:MM)}.
 *
 * @param key     the answer's key as the answers file spells it ({@code pain.level}, {@code safety.saddle_numbness});
 *                empty when the problem is with the text as a whole (not YAML, empty, too large)
 * @param message one line saying what is wrong and what is allowed, the words the questionnaire and the command
 *                line use, without the file or the key in front
 */
public record FieldError(String key, String message) {

    public FieldError {
        Objects.requireNonNull(key, "key");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a field error says what is wrong");
        }
    }
}
