package footplan.answers;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words, numbers, times, dates and zones a person may give, read the same way from the answers file
 * and from the questionnaire, so both accept and reject exactly the same things with the same hints.
 */
public final class Values {

    public static final int MAX_NAME_LENGTH = 60;
    /** Dates stay in a range every calendar app and the scheduler handle. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;
    public static final String DAY_WORDS = "mon, tue, wed, thu, fri, sat, sun";

    /** How a time of day may be written, as messages say it. */
    private static final String TIME_WORDS = "HH:MM, 24-hour, or like 6pm or 6:30pm";

    private static final Map<String, DayOfWeek> DAYS = dayWords();
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    /** 6pm, 6 pm, 6:30pm, 6:30 PM, 6 p.m. */
    private static final Pattern TWELVE_HOUR_TIME =
            Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s*m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL_TIME = Pattern.compile("(\\d{1,2})[.,](\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");
    /** Other libraries may register zone ids of their own (ical4j adds "ical4j~<uuid>"); only IANA ids count. */
    private static final Pattern IANA_ZONE = Pattern.compile("[A-Za-z][A-Za-z0-9/_+-]*");
    /**
     * The JDK still knows the SystemV zones that the IANA database dropped in 2020; calendar apps and the
     * calendar library do not, so a plan in one could never be written as a calendar.
     */
    private static final String DROPPED_FROM_IANA = "SystemV/";
    /** iCal4j also registers "ical4j-local-N" zones, made from calendar files, as soon as it reads one. */
    private static final String ICAL4J = "ical4j";
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> IANA_ZONE.matcher(id).matches())
            .filter(id -> !id.startsWith(DROPPED_FROM_IANA) && !id.startsWith(ICAL4J))
            .collect(Collectors.toUnmodifiableSet());
    private static final int MAX_SHOWN = 60;

    private Values() {
    }

    public static DayOfWeek day(String word) throws BadValue {
        DayOfWeek day = DAYS.get(word.strip().toLowerCase(Locale.ROOT));
        if (day == null) {
            throw new BadValue(quote(word) + " is not a day; allowed: " + DAY_WORDS + " (or full names like monday)");
        }
        return day;
    }

    /** The short word the answers file uses, e.g. {@code mon}. */
    public static String dayKey(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    public static LocalTime timeOfDay(String text) throws BadValue {
        String t = text.strip();
        Matcher m = TIME.matcher(t);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
            if (hour == 24 && minute == 0) {
                throw new BadValue(quote(text) + " is not a time of day (HH:MM); for midnight write \"00:00\"");
            }
            throw new BadValue(quote(text) + " is not a time of day (HH:MM)");
        }
        Matcher twelveHour = TWELVE_HOUR_TIME.matcher(t);
        if (twelveHour.matches()) {
            return twelveHourTime(text, twelveHour);
        }
        Matcher decimal = DECIMAL_TIME.matcher(t);
        if (decimal.matches()) {
            String meant = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(decimal.group(1)), decimal.group(2));
            throw new BadValue(quote(text) + " is not a time of day (HH:MM); write it with a colon, in quotes: \""
                    + meant + "\"");
        }
        throw new BadValue(quote(text) + " is not a time of day (" + TIME_WORDS + ")");
    }

    /** 12am is midnight, 12pm noon; the hour goes from 1 to 12. */
    private static LocalTime twelveHourTime(String text, Matcher m) throws BadValue {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12) {
            throw new BadValue(quote(text) + " is not a time of day (" + TIME_WORDS + "); with am or pm the hour"
                    + " goes from 1 to 12" + (hour == 0 ? ", and 12am is midnight" : ""));
        }
        if (minute > 59) {
            throw new BadValue(quote(text) + " is not a time of day (" + TIME_WORDS + "); the minutes go from 00"
                    + " to 59");
        }
        boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    /** Every zone id {@link #zone} accepts. */
    public static Set<String> zoneIds() {
        return ZONES;
    }

    public static String timeText(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    public static LocalDate date(String text) throws BadValue {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw new BadValue(quote(text) + " is not a date (YYYY-MM-DD, e.g. 2026-12-01)");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BadValue(quote(text) + " is out of range; years " + MIN_YEAR + "-" + MAX_YEAR + " are allowed");
        }
        if (month < 1 || month > 12) {
            throw new BadValue(quote(text) + " is not a real date: months go from 01 to 12");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            YearMonth ym = YearMonth.of(year, month);
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new BadValue(quote(text) + " is not a real date: " + monthName + " " + year + " has "
                    + ym.lengthOfMonth() + " days");
        }
    }

    public static ZoneId zone(String text) throws BadValue {
        String id = text.strip();
        if (ZONES.contains(id)) {
            return ZoneId.of(id);
        }
        String hint = Suggest.zoneHint(id, ZONES);
        throw new BadValue(quote(text) + " is not a known time zone;" + (hint.isEmpty() ? " write" : hint + " Write")
                + " an IANA zone id such as Europe/Berlin");
    }

    public static PainArea painArea(String word) throws BadValue {
        return enumWord(word, PainArea.class, "a pain area", PainArea::key);
    }

    public static Equipment equipment(String word) throws BadValue {
        return enumWord(word, Equipment.class, "equipment we know", Equipment::key);
    }

    public static String painAreaWords() {
        return Arrays.stream(PainArea.values()).map(PainArea::key).collect(Collectors.joining(", "));
    }

    public static String equipmentWords() {
        return Arrays.stream(Equipment.values()).map(Equipment::key).collect(Collectors.joining(", "));
    }

    /** A whole number typed as text, e.g. in the questionnaire. */
    public static int wholeNumber(String text, int min, int max) throws BadValue {
        String t = text.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            throw new BadValue(quote(text) + " is not a whole number; allowed " + range(min, max));
        }
        return inRange(new BigInteger(t), min, max);
    }

    public static int inRange(BigInteger value, int min, int max) throws BadValue {
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new BadValue(shorten(value.toString()) + " is out of range; allowed " + range(min, max));
        }
        return value.intValueExact();
    }

    /** "2 or 3", "0-10". */
    public static String range(int min, int max) {
        return max == min + 1 ? min + " or " + max : min + "-" + max;
    }

    /** The optional name: one line of at most {@value #MAX_NAME_LENGTH} characters. */
    public static String name(String text) throws BadValue {
        String name = text.strip();
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadValue(quote(text) + " has a line break or control character; a name is one line of text");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new BadValue("is " + name.length() + " characters long; a name has at most " + MAX_NAME_LENGTH);
        }
        return name;
    }

    /** Free-text footwear notes: line breaks and tabs are fine, other control characters are not. */
    public static String notes(String text) throws BadValue {
        String notes = text.strip();
        if (notes.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new BadValue(quote(text) + " has a control character; notes are plain text");
        }
        if (notes.length() > Footwear.MAX_NOTES_LENGTH) {
            throw new BadValue("is " + notes.length() + " characters long; notes have at most "
                    + Footwear.MAX_NOTES_LENGTH);
        }
        return notes;
    }

    /** A value as it is shown in a message: in double quotes, escaped, and cut short when long. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        shorten(text).codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }

    private static <E extends Enum<E>> E enumWord(String word, Class<E> type, String what,
                                                   java.util.function.Function<E, String> key) throws BadValue {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.toList());
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (key.apply(constant).equals(w)) {
                return constant;
            }
        }
        throw new BadValue(quote(word) + " is not " + what + "; allowed: " + String.join(", ", keys)
                + Suggest.closest(w, keys).map(s -> " (did you mean " + s + "?)").orElse(""));
    }

    private static Map<String, DayOfWeek> dayWords() {
        Map<String, DayOfWeek> words = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            words.put(dayKey(day), day);
            words.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(words);
    }
}
