package footplan.ics;

import footplan.rules.PlannedExercise;
import footplan.schedule.Session;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a routine's sessions as an RFC 5545 calendar, updating the previous file at the same path in place.
 *
 * <p>Each session becomes one VEVENT: SUMMARY "Foot routine · week 2, session 1", DTSTART/DTEND with TZID and a
 * matching VTIMEZONE, the week's exercises and the routine's cautions in DESCRIPTION, and a DISPLAY VALARM unless
 * the reminder is off. UIDs come from the program id, week and slot, so a rerun finds every session again:
 * unchanged sessions are written byte for byte as before, changed ones keep their UID with SEQUENCE + 1, and
 * sessions that no longer exist stay as {@code STATUS:CANCELLED}. Lines end in CRLF and are folded at 75 octets.
 */
public final class CalendarWriter {

    private CalendarWriter() {
    }

    /**
     * Writes the calendar of the request to {@code request.file()}.
     *
     * <p>The calendar is validated before anything on disk changes; the previous file is kept as
     * {@code <name>.bak} and replaced in one atomic move. When the file already holds exactly this calendar,
     * nothing is written. Runs on the same file take turns ({@link CalendarLock}): a run waits a few seconds for
     * another one to finish, then gives up without changing anything.
     *
     * @throws footplan.UserInputException when the previous file cannot be used (damaged, not footplan's, a
     *                                     folder), the new one cannot be written, or another run is still
     *                                     updating it; the previous file is then unchanged
     * @throws IllegalStateException       when iCal4j rejects the calendar we built (a bug of ours)
     */
    public static CalendarResult write(CalendarRequest request) {
        return write(request, CalendarLock.WAIT);
    }

    /** As {@link #write(CalendarRequest)}, waiting up to {@code wait} for another run on the same calendar. */
    static CalendarResult write(CalendarRequest request, Duration wait) {
        var file = request.file();
        if (Files.isDirectory(file)) {
            throw Problems.folder(file);
        }
        try (var lock = CalendarLock.acquire(file, wait)) {
            // Read under the lock: a run that read the file before another run replaced it would undo that run.
            var previousBytes = CalendarFiles.readPrevious(file);
            // A fresh program keeps the previous file only as the backup, so it need not even be a calendar.
            var previous = request.fresh() ? Optional.<ParsedCalendar>empty()
                    : previousBytes.map(bytes -> ParsedCalendar.parse(file, bytes));
            var programId = previous.map(ParsedCalendar::programId).orElse(request.newProgramId());
            var outcome = Reconciler.reconcile(drafts(request, programId), previous, request.stamp());
            var events = outcome.events().stream().map(Reconciler.Written::component).toList();
            var calendar = Calendars.assemble(request.title(), programId, events,
                    previous.map(ParsedCalendar::zones).orElse(Map.of()));
            Validation.check(calendar);
            // Not CalendarOutputter: it folds at 73 UTF-16 chars, so a line with "·" or "ë" can pass 75 octets.
            var bytes = ContentLines.fold(calendar.toString());
            var backup = CalendarFiles.replace(file, bytes, previousBytes);
            var sessions = outcome.events().stream().map(Reconciler.Written::session).toList();
            return new CalendarResult(file, programId, sessions, outcome.changes(), backup, previous.isEmpty());
        }
    }

    private static List<Draft> drafts(CalendarRequest request, String programId) {
        return request.sessions().stream()
                .sorted(Comparator.comparing((Session s) -> s.start().toInstant()).thenComparingInt(Session::week)
                        .thenComparingInt(Session::slot))
                .map(session -> draft(request, programId, session))
                .toList();
    }

    /**
     * The end on the person's clock: {@code minutes} after the start as the clock shows it. Counted on the time
     * line instead, a session that runs over the moment the clocks go back would end at a local time that, read
     * as a calendar reads it (RFC 5545 takes the first of two equal times), comes before its start.
     */
    private static ZonedDateTime end(ZonedDateTime start, int minutes) {
        return ZonedDateTime.of(start.toLocalDateTime().plusMinutes(minutes), start.getZone());
    }

    private static Draft draft(CalendarRequest request, String programId, Session session) {
        var week = request.routine().week(session.week());
        var start = Zones.canonical(session.start(), request.file());
        return new Draft(Uids.of(programId, session.week(), session.slot()), session.week(), session.slot(), start,
                end(start, week.minutes()), SessionText.summary(session.week(), session.slot()),
                SessionText.description(week, request.routine().cautions()),
                week.exercises().stream().map(PlannedExercise::id).toList(), request.reminderMinutes());
    }
}
