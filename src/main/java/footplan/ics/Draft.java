package footplan.ics;

import net.fortuna.ical4j.model.property.Description;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the event of one session should say, before SEQUENCE and DTSTAMP are settled against the previous file.
 *
 * @param start           start in the zone of the VTIMEZONE that will describe it
 * @param description     the week's exercises, one property shared by the sessions of the week (so it is escaped
 *                        once); nothing changes it once it is made, as a change would show in every session
 * @param exercises       exercise ids in session order
 * @param reminderMinutes minutes of the reminder before the start, 0 for none
 */
record Draft(String uid, int week, int slot, ZonedDateTime start, ZonedDateTime end, String summary,
             Description description, List<String> exercises, int reminderMinutes) {

    Draft {
        exercises = List.copyOf(exercises);
    }

    long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
