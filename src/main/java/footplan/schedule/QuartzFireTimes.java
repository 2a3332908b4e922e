package footplan.schedule;

import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerUtils;
import org.quartz.impl.calendar.HolidayCalendar;
import org.quartz.spi.OperableTrigger;

import footplan.UserInputException;

/**
 * Session instants as Quartz computes them: a cron trigger on the chosen days at the chosen time, with the
 * skipped dates excluded by a holiday calendar, evaluated without any scheduler.
 *
 * <p>What Quartz 2.5.2 does around DST changes, and what the caller has to make up for: a time that does not
 * exist on a spring-forward day (02:30 in New York on 2027-03-14) gets no fire time at all that day, silently;
 * a time that happens twice on a fall-back day fires once, at its second occurrence (the later offset).
 */
final class QuartzFireTimes {

    private static final String TRIGGER_NAME = "footplan-sessions";
    /** Quartz cron expressions only fire from 1970 up to {@link CronExpression#MAX_YEAR}. */
    private static final int FIRST_YEAR = 1970;

    private QuartzFireTimes() {
    }

    /** Fire times in {@code [from, to)}, in the person's zone, in time order. */
    static List<ZonedDateTime> between(Collection<DayOfWeek> days, LocalTime time, ZoneId zone,
                                       LocalDate from, LocalDate to, Collection<LocalDate> skip) {
        checkWithinReach(from, to);
        TimeZone timeZone = TimeZone.getTimeZone(zone);
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger()
                .withIdentity(TRIGGER_NAME)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron(days, time, timeZone)))
                .startAt(startOfDay(from, zone))
                .build();
        // computeFireTimesBetween includes a fire time equal to its upper bound; the program's end is exclusive.
        Date lastIncluded = Date.from(startOfDay(to, zone).toInstant().minusMillis(1));
        return TriggerUtils.computeFireTimesBetween(trigger, holidays(skip, zone, timeZone),
                        startOfDay(from, zone), lastIncluded).stream()
                .map(fire -> Instant.ofEpochMilli(fire.getTime()).atZone(zone))
                .toList();
    }

    private static void checkWithinReach(LocalDate from, LocalDate to) {
        if (from.getYear() < FIRST_YEAR || to.minusDays(1).getYear() > CronExpression.MAX_YEAR) {
            throw new UserInputException("schedule.start: " + from + " is out of range: the program must run between "
                    + FIRST_YEAR + " and " + CronExpression.MAX_YEAR);
        }
    }

    private static CronExpression cron(Collection<DayOfWeek> days, LocalTime time, TimeZone timeZone) {
        String dayNames = days.stream().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(","));
        String expression = "%d %d %d ? * %s".formatted(time.getSecond(), time.getMinute(), time.getHour(), dayNames);
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(timeZone);
            return cron;
        } catch (ParseException e) {
            throw new IllegalStateException("built an invalid cron expression: " + expression, e);
        }
    }

    /**
     * A holiday calendar excludes whole days of its own time zone (the JVM's unless told), so it is built in the
     * person's zone: otherwise a skipped date east or west of UTC would exclude part of the wrong day.
     */
    private static HolidayCalendar holidays(Collection<LocalDate> skip, ZoneId zone, TimeZone timeZone) {
        HolidayCalendar holidays = new HolidayCalendar(timeZone);
        skip.forEach(date -> holidays.addExcludedDate(startOfDay(date, zone)));
        return holidays;
    }

    private static Date startOfDay(LocalDate date, ZoneId zone) {
        return Date.from(date.atStartOfDay(zone).toInstant());
    }
}
