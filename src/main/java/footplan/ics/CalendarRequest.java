package footplan.ics;

import footplan.rules.Routine;
import footplan.schedule.Session;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything {@link CalendarWriter} needs; it reads nothing else (no clock, no host, no randomness).
 *
 * @param file            the calendar file, e.g. {@code calendars/alex.ics}; its previous content is the state a
 *                        rerun updates
 * @param title           the calendar's name in calendar apps (X-WR-CALNAME)
 * @param routine         the routine the sessions carry, one {@code WeekRoutine} per program week; not a referral
 * @param sessions        the sessions to write, each in a week of the routine; at least one
 * @param reminderMinutes minutes before each session for a reminder, 0 for none
 * @param fresh           start a new program instead of updating the previous file (which is still backed up)
 * @param newProgramId    the program id used when a program starts (first run or {@code fresh}); letters, digits,
 *                        '.', '_' and '-' only, since it becomes part of every UID
 * @param stamp           DTSTAMP for new and changed events, passed in from the edge
 * @param now             what counts as now: sessions that start before it are history, which a rerun keeps as
 *                        it is ({@link Reconciler})
 * @param defaultFile     the calendar these answers write when none is asked for; when a program starts in
 *                        {@code file} (a new file, or {@code fresh}) and {@code file} held no program, the program
 *                        of this one is the one replaced, and its sessions ahead are carried as cancelled
 */
public record CalendarRequest(Path file, String title, Routine routine, List<Session> sessions, int reminderMinutes,
                              boolean fresh, String newProgramId, Instant stamp, Instant now,
                              Optional<Path> defaultFile) {

    /** A request whose now is the stamp, with no other calendar to look at. */
    public CalendarRequest(Path file, String title, Routine routine, List<Session> sessions, int reminderMinutes,
                           boolean fresh, String newProgramId, Instant stamp) {
        this(file, title, routine, sessions, reminderMinutes, fresh, newProgramId, stamp, stamp, Optional.empty());
    }

    static final Pattern PROGRAM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public CalendarRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(defaultFile, "defaultFile");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the calendar needs a title");
        }
        if (routine.referred()) {
            throw new IllegalArgumentException("a referral has no sessions to put in a calendar");
        }
        if (reminderMinutes < 0) {
            throw new IllegalArgumentException("reminder minutes must not be negative, was " + reminderMinutes);
        }
        if (newProgramId == null || !PROGRAM_ID.matcher(newProgramId).matches()) {
            throw new IllegalArgumentException("program id must match " + PROGRAM_ID + ", was " + newProgramId);
        }
        sessions = List.copyOf(sessions);
        checkSessions(sessions, routine);
    }

    private static void checkSessions(List<Session> sessions, Routine routine) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one session");
        }
        var seen = new HashSet<String>();
        for (var session : sessions) {
            if (session.week() < 1 || session.week() > routine.weeks().size()) {
                throw new IllegalArgumentException("session in week " + session.week() + " but the routine has "
                        + routine.weeks().size() + " weeks");
            }
            if (routine.week(session.week()).minutes() < 1) {
                throw new IllegalArgumentException("week " + session.week() + " of the routine has no minutes");
            }
            if (session.slot() < 0 || !seen.add(session.week() + "/" + session.slot())) {
                throw new IllegalArgumentException("bad or repeated slot " + session.slot() + " in week "
                        + session.week());
            }
            // A bare offset has no VTIMEZONE and no DST rules: the schedule always gives IANA zones.
            if (session.start().getZone() instanceof ZoneOffset) {
                throw new IllegalArgumentException("session start needs a region zone, got " + session.start());
            }
        }
    }
}
