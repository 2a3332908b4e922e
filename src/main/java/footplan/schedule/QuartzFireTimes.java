package footplan.schedule;

import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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

/**
 * The dates of the sessions as Quartz computes them: a cron trigger on the chosen days, with the skipped dates
 * excluded by a holiday calendar, evaluated without any scheduler.
 *
 * <p>Quartz works on the person's own calendar (local dates, read as UTC so that no clock ever changes), and the
 * person's zone is applied afterwards with java.time ({@link WallClock}). Quartz in the person's zone goes through
 * {@link TimeZone}, which knows clock changes only up to 2037 for zones whose changes follow no fixed rule
 * (Casablanca and Gaza move with Ramadan, Windhoek's last rule is wrong): there it fired an hour off, or on the
 * wrong day. In any zone it also silently dropped a session whose time the clocks skip, and took the second of two
 * equal times when they go back.
 */
final class QuartzFireTimes {

    private static final String TRIGGER_NAME = "footplan-sessions";
    private static final TimeZone LOCAL = TimeZone.getTimeZone(ZoneOffset.UTC);

    private QuartzFireTimes() {
    }

    /**
     * The dates in {@code [from, to)} on the chosen days, less the skipped ones, in order. Quartz fires from 1970
     * to a hundred years after the current one; the answers allow programs from 2000 to 2099 only.
     */
    static List<LocalDate> between(Collection<DayOfWeek> days, LocalTime time, LocalDate from, LocalDate to,
                                   Collection<LocalDate> skip) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger()
                .withIdentity(TRIGGER_NAME)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron(days, time)))
                .startAt(startOfDay(from))
                .build();
        // computeFireTimesBetween includes a fire time equal to its upper bound; the program's end is exclusive.
        Date lastIncluded = new Date(startOfDay(to).getTime() - 1);
        return TriggerUtils.computeFireTimesBetween(trigger, holidays(skip), startOfDay(from), lastIncluded).stream()
                .map(fire -> fire.toInstant().atOffset(ZoneOffset.UTC).toLocalDate())
                .toList();
    }

    private static CronExpression cron(Collection<DayOfWeek> days, LocalTime time) {
        String dayNames = days.stream().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(","));
        String expression = "%d %d %d ? * %s".formatted(time.getSecond(), time.getMinute(), time.getHour(), dayNames);
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(LOCAL);
            return cron;
        } catch (ParseException e) {
            throw new IllegalStateException("built an invalid cron expression: " + expression, e);
        }
    }

    /** A holiday calendar excludes whole days of its own time zone, here the same local calendar as the trigger. */
    private static HolidayCalendar holidays(Collection<LocalDate> skip) {
        HolidayCalendar holidays = new HolidayCalendar(LOCAL);
        skip.forEach(date -> holidays.addExcludedDate(startOfDay(date)));
        return holidays;
    }

    private static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
