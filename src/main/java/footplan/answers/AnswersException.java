package footplan.answers;

import footplan.UserInputException;

/**
 * An answers file that cannot be read, parsed or written. The message is one line of the form
 * {@code <file as given>: <key.path>: <what is wrong and what is allowed>}, for example
 * {@code answers.yaml: schedule.time: "25:00" is not a time of day (HH:MM)}.
 */
public class AnswersException extends UserInputException {

    public AnswersException(String message) {
        super(message);
    }

    public AnswersException(String message, Throwable cause) {
        super(message, cause);
    }
}
