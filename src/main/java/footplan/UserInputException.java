package footplan;

/**
 * A problem with what the person gave us (options, answers, rules, files), reported as a one-line
 * message and exit code 2, never as a stack trace.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
