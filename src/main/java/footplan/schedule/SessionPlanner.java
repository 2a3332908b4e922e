package footplan.schedule;

import java.util.ArrayList;
import java.util.List;

import footplan.answers.Schedule;

/**
 * Turns when the person wants to train into dated sessions.
 *
 * <p>The plan is a pure function of the {@link Schedule}: no clock, no default time zone or locale, so the same
 * answers always give an equal plan, and a rerun gives every session the same (week, slot) key.
 *
 * <ul>
 *   <li><b>Days</b>: {@code sessionsPerWeek} of the allowed days, spread round the week so that, whenever the
 *       allowed days permit it, there is a rest day between every two sessions; otherwise a note names the days
 *       that come back to back. Ties go to the earliest days, Monday first.</li>
 *   <li><b>Weeks and slots</b>: week n is the 7 days from {@code start + 7(n-1)}. The slot is the position of the
 *       session's weekday among the chosen days counted from the start date's weekday (start on a Wednesday with
 *       Mon/Wed/Fri: Wed 0, Fri 1, Mon 2). It depends only on the start date and the chosen days.</li>
 *   <li><b>Times</b>: the chosen time on the person's clock in their zone, before and after DST changes. A time
 *       the clocks skip moves to the same time after the jump (02:30 becomes 03:30); a time that happens twice
 *       is the first one. Both get a note.</li>
 *   <li><b>Skipped dates</b>: the session of a skipped date moves to another allowed day of the same program
 *       week that keeps a rest day from every other session and is not skipped itself (the nearest such day,
 *       the earlier one on a tie), keeping its week and slot; otherwise it is left out. Either way a note says
 *       so. Skipped dates with no session, or outside the program, change nothing.</li>
 * </ul>
 *
 * <p>Notes come in date order, after a note about days without a rest between them, if any.
 */
public final class SessionPlanner {

    private SessionPlanner() {
    }

    /**
     * Plans every session of the program.
     *
     * @param schedule the person's answers about when to train
     * @return the sessions in time order, with plain-English notes about how they were placed
     */
    public static SessionPlan plan(Schedule schedule) {
        DayChoice choice = DayChoice.choose(schedule.days(), schedule.sessionsPerWeek());
        Program program = new Program(schedule.start(), schedule.weeks(), choice.days());
        Timetable timetable = Timetable.place(schedule, program);
        List<String> notes = new ArrayList<>();
        choice.restDayNote().ifPresent(notes::add);
        timetable.notes().stream().sorted(Note.BY_DATE).map(Note::text).forEach(notes::add);
        return new SessionPlan(timetable.sessions(), notes);
    }
}
