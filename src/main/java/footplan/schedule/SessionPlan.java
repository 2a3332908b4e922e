package footplan.schedule;

import java.util.List;

/**
 * The sessions of a program and what the person should know about how they were placed.
 *
 * @param sessions in time order
 * @param notes    plain-English notes: skipped or moved dates, days too close together, shifted DST times
 */
public record SessionPlan(List<Session> sessions, List<String> notes) {

    public SessionPlan {
        sessions = List.copyOf(sessions);
        notes = List.copyOf(notes);
    }
}
