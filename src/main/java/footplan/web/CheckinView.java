package footplan.web;

import footplan.questionnaire.CheckInQuestion;
import java.util.List;
import java.util.Map;

/**
 * The check-in form: the sessions that have begun, the questions, what the person typed and what is wrong with it.
 * Public because the compiled templates live in their own package.
 *
 * @param sessions the sessions one can check in for, latest first
 * @param values   the field values to show, by check-ins key ({@code date}, {@code done}, {@code pain_during}...)
 * @param errors   the message for each field that cannot be used, by the same keys
 */
public record CheckinView(String stem, String title, List<SessionChoice> sessions, Map<String, String> values,
                          Map<String, String> errors, String token) {

    /**
     * One session to choose.
     *
     * @param date         its date, as the check-ins file writes it, e.g. 2026-12-02
     * @param label        e.g. "Wed 2 Dec 2026 07:30"
     * @param checkedIn    whether it has a check-in, which a new one replaces
     */
    public record SessionChoice(String date, String label, boolean checkedIn) {
    }

    public CheckinView {
        sessions = List.copyOf(sessions);
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public List<CheckInQuestion> questions() {
        return List.of(CheckInQuestion.values());
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public String error(String key) {
        return errors.getOrDefault(key, "");
    }
}
