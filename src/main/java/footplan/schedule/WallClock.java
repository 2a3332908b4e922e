package footplan.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

import footplan.Dates;

/**
 * The session time on a given day as the person's clock shows it, including the two days a year when that
 * clock jumps.
 *
 * <p>A time skipped by the clocks going forward becomes the same time after the jump (02:30 becomes 03:30),
 * which is {@link ZonedDateTime#of} semantics. A time that happens twice when the clocks go back is the first
 * of the two: that is also how an iCalendar reader reads a local DTSTART in the overlap (RFC 5545, 3.3.5), so
 * the plan and the calendar file agree. Both get a note, because the person's own clock is the reference.
 */
final class WallClock {

    private WallClock() {
    }

    /** The session start on {@code date}: at {@code time}, or as close after it as the zone allows. */
    static ZonedDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** A note when {@code time} does not exist, or exists twice, on {@code date} in {@code zone}. */
    static Optional<Note> note(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition == null) {
            return Optional.empty();
        }
        String prefix = Dates.day(date) + ": " + Dates.time(time) + " ";
        String text = transition.isGap()
                ? prefix + "does not exist in " + zone.getId() + " (clocks go forward); that session starts at "
                        + Dates.time(at(date, time, zone).toLocalTime()) + "."
                : prefix + "happens twice in " + zone.getId() + " (clocks go back); that session is at the first "
                        + Dates.time(time) + ", before the clocks go back.";
        return Optional.of(new Note(date, Note.CLOCK, text));
    }
}
