package footplan;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a date and a time read to a person wherever footplan shows one (plan, notes, changes): "Fri 25 Dec 2026",
 * "07:30". English whatever the machine's locale, since the rest of the text is English.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    /** "Fri 25 Dec 2026". */
    public static String day(TemporalAccessor date) {
        return DAY.format(date);
    }

    /** "Sat 26 Dec", the same date without its year, for a date next to another of the same year. */
    public static String dayInYear(TemporalAccessor date) {
        return DAY_IN_YEAR.format(date);
    }

    /** "07:30". */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "Fri 25 Dec 2026 07:30". */
    public static String dayAndTime(TemporalAccessor dateTime) {
        return day(dateTime) + " " + time(dateTime);
    }
}
