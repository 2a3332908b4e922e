package footplan.rules;

import footplan.UserInputException;

/** The knowledge base in {@code rules/} cannot be used: a file is missing or broken, or a rule misbehaved. */
public class RulesException extends UserInputException {

    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
