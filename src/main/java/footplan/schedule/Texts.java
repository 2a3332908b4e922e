package footplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import footplan.Dates;

/** How days of the week read in notes, and a date beside another: English whatever the machine's locale. */
final class Texts {

    private Texts() {
    }

    /** "Sat 26 Dec", or with the year when it differs from {@code context}'s. */
    static String dateNear(LocalDate date, LocalDate context) {
        return date.getYear() == context.getYear() ? Dates.dayInYear(date) : Dates.day(date);
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
