package footplan.ics;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link CalendarWriter#write}, {@link CalendarWriter#preview} or {@link CalendarWriter#cancelAhead}.
 *
 * @param file        the calendar file
 * @param programId   the program the calendar belongs to: kept from the previous file, or the new one
 * @param events      every event of the file in time order, past and cancelled ones included
 * @param changes     what changed compared with the previous file
 * @param backup      where the previous file was kept, or null when there was none, the file did not change, or
 *                    nothing was written (a preview)
 * @param newProgram  true when this write started a program (first run, or {@code fresh}) rather than updating one
 * @param replacedFrom for a new program that replaces one: the file of the old program, whose sessions ahead this
 *                    file carries as cancelled; empty otherwise
 * @param written     whether this run wrote the file: false when it already held exactly this calendar, or for a
 *                    preview; when true, calendar apps need it imported again or refreshed
 */
public record CalendarResult(Path file, String programId, List<SessionEvent> events, CalendarChanges changes,
                             Path backup, boolean newProgram, Optional<Path> replacedFrom, boolean written) {

    public CalendarResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(replacedFrom, "replacedFrom");
        events = List.copyOf(events);
    }
}
