package footplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import footplan.answers.Schedule;

/** Schedules written the way the answers file writes them. */
final class Schedules {

    private Schedules() {
    }

    /** {@code days} like "mon,thu,sat"; {@code skip} like "2026-12-24". */
    static Schedule schedule(int perWeek, String days, String time, String zone, String start, int weeks,
                             String... skip) {
        return new Schedule(perWeek, days(days), LocalTime.parse(time), ZoneId.of(zone), LocalDate.parse(start),
                weeks, 10, Arrays.stream(skip).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new)));
    }

    static Set<DayOfWeek> days(String days) {
        return Arrays.stream(days.split(","))
                .map(String::trim)
                .map(name -> Arrays.stream(DayOfWeek.values())
                        .filter(day -> day.name().toLowerCase(Locale.ROOT).startsWith(name))
                        .findFirst().orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
