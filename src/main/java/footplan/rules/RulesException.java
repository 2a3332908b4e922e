package footplan.rules;

import footplan.UserInputException;

/**
 * The knowledge base in {@code rules/} cannot be used: a file is missing or broken, or a rule misbehaved. Callers
 * outside the package see a {@link UserInputException}: exit code 2 and the message, no stack trace.
 */
final class RulesException extends UserInputException {

    RulesException(String message) {
        super(message);
    }

    RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
