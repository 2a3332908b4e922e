package footplan.ics;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the event of one session should say, before SEQUENCE and DTSTAMP are settled against the previous file.
 *
 * @param start           start in the zone of the VTIMEZONE that will describe it
 * @param description     the week's exercises, as DESCRIPTION says them
 * @param exercises       exercise ids in session order
 * @param reminderMinutes minutes of the reminder before the start, 0 for none
 */
record Draft(String uid, int week, int slot, ZonedDateTime start, ZonedDateTime end, String summary,
             String description, List<String> exercises, int reminderMinutes) {

    Draft {
        exercises = List.copyOf(exercises);
    }
}
