package footplan.ics;

import footplan.UserInputException;
import footplan.rules.PlannedExercise;
import footplan.schedule.Session;
import net.fortuna.ical4j.model.component.VTimeZone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a routine's sessions as an RFC 5545 calendar, updating the previous file at the same path in place.
 *
 * <p>Each session becomes one VEVENT: SUMMARY "Foot routine · week 2, session 1", DTSTART/DTEND with TZID and a
 * matching VTIMEZONE, the week's exercises and the routine's cautions in DESCRIPTION, and a DISPLAY VALARM unless
 * the reminder is off. UIDs come from the program id, week and slot, so a rerun finds every session again:
 * unchanged sessions are written byte for byte as before, changed ones keep their UID with a higher SEQUENCE, and
 * sessions that no longer exist stay as {@code STATUS:CANCELLED}. Sessions before now are history and stay as
 * they were ({@link Reconciler} has the rules). Lines end in CRLF and are folded at 75 octets.
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
            return update(request, true);
        }
    }

    /**
     * What {@link #write(CalendarRequest)} would write and change, writing nothing: no calendar, backup, record
     * or lock file. It takes no lock either; the calendar is replaced in one step, so it reads a whole file. The
     * sessions and changes are those a write would have; the new file's text is not built, so iCal4j's validation
     * of it is left to the write.
     */
    public static CalendarResult preview(CalendarRequest request) {
        if (Files.isDirectory(request.file())) {
            throw Problems.folder(request.file());
        }
        return update(request, false);
    }

    /**
     * For a referral: every session ahead in the calendar becomes cancelled (SEQUENCE + 1, no reminder), so that
     * no reminder calls the person to exercise before a clinician has looked; the sessions before {@code now}
     * stay exactly as they were. Written as {@link #write(CalendarRequest)} writes, or not at all for a preview.
     *
     * @return empty when there is no calendar at {@code file}; nothing is then created
     * @throws footplan.UserInputException when the calendar cannot be read or written; it is then unchanged
     */
    public static Optional<CalendarResult> cancelAhead(Path file, Instant now, Instant stamp, boolean write) {
        if (Files.isDirectory(file)) {
            throw Problems.folder(file);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!write) {
            return cancel(file, now, stamp, false);
        }
        try (var lock = CalendarLock.acquire(file, CalendarLock.WAIT)) {
            return cancel(file, now, stamp, true);
        }
    }

    private static Optional<CalendarResult> cancel(Path file, Instant now, Instant stamp, boolean write) {
        var previousBytes = CalendarFiles.readPrevious(file);
        if (previousBytes.isEmpty()) {
            return Optional.empty();
        }
        var previous = ParsedCalendar.parse(file, previousBytes.get());
        var record = SequenceRecord.read(file);
        var outcome = Reconciler.reconcile(List.of(), Optional.of(previous), Optional.empty(), record, now, stamp);
        var title = previous.title().isBlank() ? "Foot routine" : previous.title();
        return Optional.of(finish(file, title, previous.programId(), outcome, previousBytes, previous.zones(), record,
                write, false, Optional.empty()));
    }

    /** The program a program starting in a file replaces, and where it is. */
    private record Replaced(Path file, ParsedCalendar calendar) {
    }

    private static CalendarResult update(CalendarRequest request, boolean write) {
        var file = request.file();
        var previousBytes = CalendarFiles.readPrevious(file);
        // A fresh program keeps the previous file only as the backup, so it need not even be a calendar.
        var previous = request.fresh() ? Optional.<ParsedCalendar>empty()
                : previousBytes.map(bytes -> ParsedCalendar.parse(file, bytes));
        var replaced = previous.isPresent() ? Optional.<Replaced>empty() : replaced(request, previousBytes);
        var programId = previous.map(ParsedCalendar::programId).orElse(request.newProgramId());
        var record = new TreeMap<>(SequenceRecord.read(file));
        replaced.filter(r -> !r.file().equals(file))
                .ifPresent(r -> SequenceRecord.read(r.file()).forEach((uid, seq) -> record.merge(uid, seq, Math::max)));
        var outcome = Reconciler.reconcile(drafts(request, programId), previous, replaced.map(Replaced::calendar),
                record, request.now(), request.stamp());
        var zones = new TreeMap<String, VTimeZone>();
        replaced.ifPresent(r -> zones.putAll(r.calendar().zones()));
        previous.ifPresent(p -> zones.putAll(p.zones()));
        return finish(file, request.title(), programId, outcome, previousBytes, zones, record, write,
                previous.isEmpty(), replaced.map(Replaced::file));
    }

    /**
     * For a program that starts in the request's file: the program it replaces, whose sessions ahead its file
     * carries as cancelled. That is the program the file held ({@code fresh}), else the one of the answers'
     * default calendar when the file is another one. A file that cannot be read as footplan's replaces nothing:
     * it is no program footplan could have put into a calendar app.
     */
    private static Optional<Replaced> replaced(CalendarRequest request, Optional<byte[]> previousBytes) {
        var file = request.file();
        var here = previousBytes.flatMap(bytes -> readable(file, bytes)).map(calendar -> new Replaced(file, calendar));
        if (here.isPresent()) {
            return here;
        }
        return request.defaultFile()
                .filter(other -> !other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
                .filter(Files::isRegularFile)
                .flatMap(other -> readable(other).map(calendar -> new Replaced(other, calendar)));
    }

    private static Optional<ParsedCalendar> readable(Path file) {
        try {
            return readable(file, Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ParsedCalendar> readable(Path file, byte[] bytes) {
        try {
            return Optional.of(ParsedCalendar.parse(file, bytes));
        } catch (UserInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The result of the outcome; when {@code write}, the calendar is also built, validated and written. A preview
     * stops before the file: its sessions and changes are the outcome's, and nothing it returns depends on the
     * file's text, which would be half of a preview's time (iCal4j's validation and writing, measured on the web
     * API's plans).
     */
    private static CalendarResult finish(Path file, String title, String programId, Reconciler.Outcome outcome,
                                         Optional<byte[]> previousBytes, Map<String, VTimeZone> zones,
                                         Map<String, Integer> record, boolean write, boolean newProgram,
                                         Optional<Path> replacedFrom) {
        if (outcome.events().isEmpty()) {
            throw new UserInputException(file + ": every session of these answers is before now, so there is no"
                    + " calendar to write; give a later schedule.start (or --now)");
        }
        var sessions = outcome.events().stream().map(Reconciler.Written::session).toList();
        Path backup = null;
        boolean written = false;
        if (write) {
            var events = outcome.events().stream().map(Reconciler.Written::component).toList();
            var calendar = Calendars.assemble(title, programId, events, zones);
            Validation.check(calendar);
            // Not CalendarOutputter: it folds at 73 UTF-16 chars, so a line with "·" or "ë" can pass 75 octets.
            var bytes = ContentLines.fold(calendar.toString());
            written = previousBytes.isEmpty() || !Arrays.equals(previousBytes.get(), bytes);
            SequenceRecord.update(file, record, sessions);
            backup = CalendarFiles.replace(file, bytes, previousBytes);
        }
        return new CalendarResult(file, programId, sessions, outcome.changes(), backup, newProgram, replacedFrom,
                written);
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
