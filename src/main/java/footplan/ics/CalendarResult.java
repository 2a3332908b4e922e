package footplan.ics;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link CalendarWriter#write}.
 *
 * @param file       the calendar file
 * @param programId  the program the calendar belongs to: kept from the previous file, or the new one
 * @param events     every event of the file in time order, cancelled ones included
 * @param changes    what changed compared with the previous file
 * @param backup     where the previous file was kept, or null when there was none or the file did not change
 * @param newProgram true when this write started a program (first run, or {@code fresh}) rather than updating one
 */
public record CalendarResult(Path file, String programId, List<SessionEvent> events, CalendarChanges changes,
                             Path backup, boolean newProgram) {

    public CalendarResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(changes, "changes");
        events = List.copyOf(events);
    }
}
