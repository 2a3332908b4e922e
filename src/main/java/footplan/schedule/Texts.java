package footplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How dates, days and times read in notes: English whatever the machine's locale. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_IN_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Texts() {
    }

    /** "Thu 24 Dec 2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Sat 26 Dec", or with the year when it differs from {@code context}'s. */
    static String dateNear(LocalDate date, LocalDate context) {
        return date.getYear() == context.getYear() ? DATE_IN_YEAR.format(date) : date(date);
    }

    /** "07:30". */
    static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "Sat". */
    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "Sat and Sun", "Mon, Tue and Wed". */
    static String days(List<DayOfWeek> days) {
        List<String> names = days.stream().map(Texts::day).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
