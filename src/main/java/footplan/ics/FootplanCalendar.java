package footplan.ics;

import java.util.List;
import java.util.Objects;

/**
 * A calendar file footplan wrote, as {@link CalendarReader} reads it.
 *
 * @param programId the program of its sessions (X-FOOTPLAN-PROGRAM)
 * @param title     its name (X-WR-CALNAME), empty when absent
 * @param events    its events in file order (time order), cancelled ones included
 */
public record FootplanCalendar(String programId, String title, List<SessionEvent> events) {

    public FootplanCalendar {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(title, "title");
        events = List.copyOf(events);
    }
}
