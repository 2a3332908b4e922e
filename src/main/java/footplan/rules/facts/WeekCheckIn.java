package footplan.rules.facts;

import footplan.answers.CheckIn;
import footplan.answers.Effort;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One check-in, placed in its program week, with plain numbers the rules can compare: a pain that was not given
 * is {@value #NOT_GIVEN}, below every pain.
 *
 * @param week            the program week of the check-in: week n is the seven days from {@code start + 7(n-1)}
 * @param painDuring      worst pain during the session, 0-10, or {@value #NOT_GIVEN} for a missed session
 * @param painNextMorning pain the morning after, 0-10, or {@value #NOT_GIVEN}
 * @param hard            the person said the effort was hard
 */
public record WeekCheckIn(int week, LocalDate date, boolean done, int painDuring, int painNextMorning,
                          boolean hard) {

    public static final int NOT_GIVEN = -1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** A check-in of a program that starts on {@code start}. */
    public static WeekCheckIn of(CheckIn checkIn, LocalDate start) {
        return new WeekCheckIn(weekOf(checkIn.date(), start), checkIn.date(), checkIn.done(),
                checkIn.painDuring().orElse(NOT_GIVEN), checkIn.painNextMorning().orElse(NOT_GIVEN),
                checkIn.effort().filter(e -> e == Effort.HARD).isPresent());
    }

    /** The program week of a date: 1 for the seven days from the start; 0 or less before it. */
    public static int weekOf(LocalDate date, LocalDate start) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7) + 1;
    }

    /** The session's day as reasons name it: "Wed 6 Jan". */
    public String day() {
        return DAY.format(date);
    }

    /** "pain 6/10 during Wed 16 Dec". */
    public String painDuringText() {
        return "pain " + painDuring + "/10 during " + day();
    }

    /** "pain 4/10 the morning after Wed 16 Dec". */
    public String painNextMorningText() {
        return "pain " + painNextMorning + "/10 the morning after " + day();
    }

    /** The higher of the two pains in words, the pain during on a tie: what a referral names. */
    public String worstPainText() {
        return painNextMorning > painDuring ? painNextMorningText() : painDuringText();
    }

    /**
     * Why a week is held, one part per reason of each check-in, oldest first: "the session of Fri 11 Dec was
     * missed; effort hard on Mon 14 Dec; pain 5/10 the morning after Mon 14 Dec, above your usual 4/10
     * (pain.level)".
     */
    public static String holdReasons(List<?> checkIns, int usualPain) {
        List<String> parts = new ArrayList<>();
        for (WeekCheckIn c : sorted(checkIns)) {
            if (!c.done()) {
                parts.add("the session of " + c.day() + " was missed");
            }
            if (c.hard()) {
                parts.add("effort hard on " + c.day());
            }
            if (c.painNextMorning() > usualPain) {
                parts.add(c.painNextMorningText() + ", above your usual " + usualPain + "/10 (pain.level)");
            }
        }
        return String.join("; ", parts);
    }

    /**
     * What went well in a week, naming the check-in with the most pain: "3 sessions done, pain during at most
     * 3/10 (Wed 9 Dec)".
     */
    public static String wentWell(List<?> checkIns) {
        List<WeekCheckIn> all = sorted(checkIns);
        WeekCheckIn most = all.stream().max(Comparator.comparingInt(WeekCheckIn::painDuring)
                .thenComparing(WeekCheckIn::date, Comparator.reverseOrder())).orElseThrow();
        return all.size() + (all.size() == 1 ? " session" : " sessions") + " done, pain during at most "
                + most.painDuring() + "/10 (" + most.day() + ")";
    }

    /** The check-in with the most pain during it (the earliest of equals), in words: "pain 6/10 during Wed 16 Dec". */
    public static String mostPainDuring(List<?> checkIns) {
        return sorted(checkIns).stream().max(Comparator.comparingInt(WeekCheckIn::painDuring)
                .thenComparing(WeekCheckIn::date, Comparator.reverseOrder())).orElseThrow().painDuringText();
    }

    private static List<WeekCheckIn> sorted(List<?> checkIns) {
        return checkIns.stream().map(WeekCheckIn.class::cast).sorted(Comparator.comparing(WeekCheckIn::date))
                .toList();
    }
}
