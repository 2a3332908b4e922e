package footplan.ics;

import footplan.Dates;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Plain-English phrases for {@link CalendarChanges}, e.g. "week 2, session 1 on Tue 8 Dec 2026 07:30". */
final class ChangeWords {

    private ChangeWords() {
    }

    static String on(SessionEvent session) {
        return label(session) + " on " + Dates.dayAndTime(session.start());
    }

    static String restored(SessionEvent session) {
        return on(session) + " (back after being cancelled)";
    }

    /** A session of the new answers that is not planned, because the session of its week and slot is past. */
    static String leftOut(int week, int slot, ZonedDateTime start, SessionEvent past) {
        return "week " + week + ", session " + (slot + 1) + " on " + when(start) + " (that session "
                + (past.cancelled() ? "was cancelled, on " : "was already due on ") + when(past.start()) + ")";
    }

    static String when(ZonedDateTime time) {
        return Dates.dayAndTime(time);
    }

    static String moved(SessionEvent before, SessionEvent after) {
        boolean otherZone = !before.start().getZone().equals(after.start().getZone());
        return label(after) + " moved from " + when(before.start(), otherZone) + " to "
                + when(after.start(), otherZone);
    }

    static String label(SessionEvent session) {
        return "week " + session.week() + ", session " + (session.slot() + 1); // not String.format: see Uids.of
    }

    static String length(long before, long after) {
        return String.format(Locale.ROOT, "now %d minutes (was %d)", after, before);
    }

    private static String when(ZonedDateTime time, boolean withZone) {
        return Dates.dayAndTime(time) + (withZone ? " " + time.getZone().getId() : "");
    }
}
