package footplan.answers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When the person wants to train.
 *
 * @param sessionsPerWeek 2 or 3
 * @param days            allowed days, at least {@code sessionsPerWeek} of them
 * @param time            local time of day of each session
 * @param zone            the person's time zone
 * @param start           first possible day of the program
 * @param weeks           program length, 1-26
 * @param reminderMinutes alarm before each session, 0 for none
 * @param skip            dates with no session
 */
public record Schedule(int sessionsPerWeek, Set<DayOfWeek> days, LocalTime time, ZoneId zone, LocalDate start,
                       int weeks, int reminderMinutes, SortedSet<LocalDate> skip) {

    /** The alarm before each session when the answers do not say. */
    public static final int DEFAULT_REMINDER_MINUTES = 10;

    public static final int MIN_SESSIONS = 2;
    public static final int MAX_SESSIONS = 3;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 26;
    public static final int MAX_REMINDER_MINUTES = 1440;

    public Schedule {
        if (sessionsPerWeek < MIN_SESSIONS || sessionsPerWeek > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions per week must be 2 or 3, was " + sessionsPerWeek);
        }
        if (days.size() < sessionsPerWeek) {
            throw new IllegalArgumentException("need at least " + sessionsPerWeek + " allowed days, got " + days.size());
        }
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 1-26, was " + weeks);
        }
        if (reminderMinutes < 0 || reminderMinutes > MAX_REMINDER_MINUTES) {
            throw new IllegalArgumentException("reminder minutes must be 0-1440, was " + reminderMinutes);
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        skip = Collections.unmodifiableSortedSet(new TreeSet<>(skip));
        java.util.Objects.requireNonNull(time, "time");
        java.util.Objects.requireNonNull(zone, "zone");
        java.util.Objects.requireNonNull(start, "start");
    }

    /** The last day of the program (inclusive). */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }
}
