package footplan.answers;

/**
 * One value the person gave that we cannot use. The message names the value and says what is allowed,
 * e.g. {@code "25:00" is not a time of day (HH:MM)}; the answers file prefixes it with the file and the
 * key, the questionnaire prints it as the hint before asking again.
 */
public final class BadValue extends Exception {

    public BadValue(String message) {
        // A user mistake, not a bug: no stack trace is ever shown, so do not pay for one.
        super(message, null, false, false);
    }
}
