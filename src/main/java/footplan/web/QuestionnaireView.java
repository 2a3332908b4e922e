package footplan.web;

import footplan.answers.FieldError;
import footplan.questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire form: every question of the terminal's, by group, with the values to show and the message
 * beside each field that cannot be used. Public because the compiled templates live in their own package.
 *
 * @param action  where the form posts: {@code /answers/<stem>}, or {@code /new} for a first plan
 * @param stem    the answers file's stem; empty for a new plan, which asks for it
 * @param values  the fields' values by answers key (several for a question with several choices)
 * @param errors  the message for each key that cannot be used; the key {@code ""} for the form as a whole
 */
public record QuestionnaireView(String action, String stem, String title, Map<String, List<String>> values,
                                Map<String, String> errors, boolean rerun, String token) {

    /** The form field that names the answers file of a new plan; not an answers key. */
    public static final String FILE_FIELD = "file";

    public QuestionnaireView {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    static Map<String, String> byKey(List<FieldError> errors) {
        Map<String, String> byKey = new LinkedHashMap<>();
        errors.forEach(e -> byKey.merge(e.key(), e.message(), (a, b) -> a + "; " + b));
        return byKey;
    }

    public List<Question.Group> groups() {
        return List.of(Question.Group.values());
    }

    public boolean isNew() {
        return stem.isEmpty();
    }

    public String value(String key) {
        List<String> v = values.getOrDefault(key, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean has(String key, String choice) {
        return values.getOrDefault(key, List.of()).contains(choice);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public String error(String key) {
        return errors.getOrDefault(key, "");
    }

    /** A field's HTML id: its key with the dots made dashes, so a CSS selector needs no escaping. */
    public static String id(String key) {
        return "q-" + key.replace('.', '-').replace('_', '-');
    }
}
