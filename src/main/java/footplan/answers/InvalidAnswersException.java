package footplan.answers;

import java.util.List;

/**
 * Answers text that cannot be used, with each refusal at its key, so that a caller other than the command line (the
 * web API) can name the keys. The message stays the one line the command line prints, the first refusal with the
 * file in front, e.g. {@code answers.yaml: schedule.time: "25:00" is not a time of day (HH:MM)}; {@link #errors()}
 * holds that refusal and every other one found in the same reading, in the order of the file's keys.
 */
public final class InvalidAnswersException extends AnswersException {

    private final List<FieldError> errors;

    /**
     * One refusal, found where reading cannot go on, or the first of several.
     *
     * @param key the key path, empty for the text as a whole
     */
    InvalidAnswersException(String file, String key, String problem) {
        this(file, List.of(new FieldError(key, problem)), null);
    }

    InvalidAnswersException(String file, String key, String problem, Throwable cause) {
        this(file, List.of(new FieldError(key, problem)), cause);
    }

    /** @param errors at least one; the message is the first's */
    InvalidAnswersException(String file, List<FieldError> errors) {
        this(file, errors, null);
    }

    private InvalidAnswersException(String file, List<FieldError> errors, Throwable cause) {
        super(line(file, errors.get(0)), cause);
        this.errors = List.copyOf(errors);
    }

    /** Every refusal, each with its key; never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    /** {@code file: key: message}, or {@code file: message} for the text as a whole. */
    private static String line(String file, FieldError error) {
        return file + ": " + (error.key().isEmpty() ? "" : error.key() + ": ") + error.message();
    }
}
