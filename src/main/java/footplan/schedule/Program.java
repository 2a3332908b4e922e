package footplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The program's calendar: week n covers the 7 days from {@code start + 7(n-1)}, whatever weekday the start is.
 *
 * <p>A session's slot is the rank of its weekday among the chosen days, counted from the weekday of the start
 * date: starting on a Wednesday with Mon/Wed/Fri gives Wed 0, Fri 1, Mon 2 in every week. The slot depends only
 * on the start date and the chosen days, so skipping or moving one session never renumbers the others.
 *
 * @param start  the first day of week 1
 * @param weeks  how many weeks
 * @param chosen the weekdays that carry a session
 */
record Program(LocalDate start, int weeks, List<DayOfWeek> chosen) {

    private static final int WEEK = 7;

    Program {
        Objects.requireNonNull(start, "start");
        chosen = chosen.stream().sorted(Comparator.comparingInt(day -> daysFrom(start, day))).toList();
    }

    /** The day after the last day. */
    LocalDate end() {
        return start.plusWeeks(weeks);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end());
    }

    /** 1-based week of a date inside the program. */
    int weekOf(LocalDate date) {
        return (int) (ChronoUnit.DAYS.between(start, date) / WEEK) + 1;
    }

    LocalDate firstDayOf(int week) {
        return start.plusWeeks(week - 1L);
    }

    /** The slot of a session planned on {@code date}, which must fall on a chosen weekday. */
    int slotOf(LocalDate date) {
        int slot = chosen.indexOf(date.getDayOfWeek());
        if (slot < 0) {
            throw new IllegalArgumentException(date + " is not on a chosen day " + chosen);
        }
        return slot;
    }

    /** Every date that carries a session before skips are taken into account, in date order. */
    Stream<LocalDate> sessionDates() {
        return start.datesUntil(end()).filter(date -> chosen.contains(date.getDayOfWeek()));
    }

    /** The days of a program week, in date order. */
    Stream<LocalDate> daysOf(int week) {
        LocalDate first = firstDayOf(week);
        return first.datesUntil(first.plusWeeks(1));
    }

    private static int daysFrom(LocalDate start, DayOfWeek day) {
        return Math.floorMod(day.getValue() - start.getDayOfWeek().getValue(), WEEK);
    }
}
