package footplan.web;

import footplan.UserInputException;
import footplan.answers.FieldError;
import footplan.answers.InvalidAnswersException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers that cannot be used, as the API reports them: {@code [{"key": ..., "message": ...}]}, the key null when
 * the problem is with the body as a whole (not YAML or JSON, empty, too large).
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<Map<String, Object>> of(UserInputException e) {
        if (e instanceof InvalidAnswersException invalid) {
            return invalid.errors().stream().map(FieldErrors::json).toList();
        }
        return List.of(json(new FieldError("", e.getMessage())));
    }

    private static Map<String, Object> json(FieldError error) {
        Map<String, Object> json = new HashMap<>();
        json.put("key", error.key().isEmpty() ? null : error.key());
        json.put("message", error.message());
        return json;
    }
}
