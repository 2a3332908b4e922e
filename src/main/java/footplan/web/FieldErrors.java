package footplan.web;

import footplan.UserInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers that cannot be used, as the API reports them: {@code [{"key": ..., "message": ...}]}. */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<Map<String, Object>> of(UserInputException e) {
        Map<String, Object> error = new HashMap<>();
        error.put("key", null);
        error.put("message", e.getMessage());
        return List.of(error);
    }
}
