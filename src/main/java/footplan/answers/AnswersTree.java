package footplan.answers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads {@link Answers} from the tree of an answers file, checking every key by hand. */
final class AnswersTree {

    static final String NAME = "name";
    static final String PAIN = "pain";
    static final String SAFETY = "safety";
    static final String FOOTWEAR = "footwear";
    static final String ABILITIES = "abilities";
    static final String EQUIPMENT = "equipment";
    static final String SESSION_MINUTES = "session_minutes";
    static final String SCHEDULE = "schedule";

    static final String AREAS = "areas";
    static final String LEVEL = "level";
    static final String LEG_RADIATING = "leg_radiating";

    static final String HIGH_HEELS = "high_heels";
    static final String POINTED_TOES = "pointed_toes";
    static final String POOR_FIT = "poor_fit";
    static final String RUNNING = "running";
    static final String NOTES = "notes";

    static final String STAND_ON_ONE_LEG = "stand_on_one_leg";
    static final String LIE_ON_FLOOR = "lie_on_floor";
    static final String SIT_ON_FLOOR = "sit_on_floor";

    static final String SESSIONS_PER_WEEK = "sessions_per_week";
    static final String DAYS = "days";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    static final String START = "start";
    static final String WEEKS = "weeks";
    static final String REMINDER_MINUTES = "reminder_minutes";
    static final String SKIP = "skip";


    private static final List<String> TOP_KEYS =
            List.of(NAME, PAIN, SAFETY, FOOTWEAR, ABILITIES, EQUIPMENT, SESSION_MINUTES, SCHEDULE);
    private static final List<String> PAIN_KEYS = List.of(AREAS, LEVEL, LEG_RADIATING);
    private static final List<String> SAFETY_KEYS =
            Arrays.stream(SafetyQuestion.values()).map(SafetyQuestion::key).collect(Collectors.toList());
    private static final List<String> FOOTWEAR_KEYS = List.of(HIGH_HEELS, POINTED_TOES, POOR_FIT, RUNNING, NOTES);
    private static final List<String> ABILITY_KEYS = List.of(STAND_ON_ONE_LEG, LIE_ON_FLOOR, SIT_ON_FLOOR);
    private static final List<String> SCHEDULE_KEYS =
            List.of(SESSIONS_PER_WEEK, DAYS, TIME, TIMEZONE, START, WEEKS, REMINDER_MINUTES, SKIP);
    private static final String SAFETY_ADVICE = "the safety screen needs every answer";

    private AnswersTree() {
    }

    static Answers answers(JsonNode root, String file) {
        Section top = Section.root(root, file, TOP_KEYS);
        String name = top.optionalText(NAME, "text", Values::name).orElse("");
        Pain pain = pain(top.section(PAIN, PAIN_KEYS, ""));
        Safety safety = safety(top.section(SAFETY, SAFETY_KEYS, SAFETY_ADVICE));
        Footwear footwear = footwear(top.section(FOOTWEAR, FOOTWEAR_KEYS, ""));
        Abilities abilities = abilities(top.section(ABILITIES, ABILITY_KEYS, ""));
        List<Equipment> equipment = top.list(EQUIPMENT, "[chair, band, towel], or [] for none", Values::equipment);
        int minutes = top.integer(SESSION_MINUTES, Answers.MIN_SESSION_MINUTES, Answers.MAX_SESSION_MINUTES);
        Schedule schedule = schedule(top.section(SCHEDULE, SCHEDULE_KEYS, ""));
        try {
            return new Answers(name, pain, safety, footwear, abilities, Set.copyOf(equipment), minutes, schedule);
        } catch (IllegalArgumentException e) {
            // Every rule of the records is checked above with a better message; this is a last guard.
            throw new AnswersException(file + ": " + e.getMessage(), e);
        }
    }

    private static Pain pain(Section pain) {
        List<PainArea> areas = pain.list(AREAS, "[knee, back], or [] for prevention only", Values::painArea);
        int level = pain.integer(LEVEL, 0, Pain.MAX_LEVEL);
        boolean legRadiating = pain.bool(LEG_RADIATING);
        return new Pain(Set.copyOf(areas), level, legRadiating);
    }

    private static Safety safety(Section safety) {
        Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
        for (SafetyQuestion question : SafetyQuestion.values()) {
            if (safety.bool(question.key())) {
                yes.add(question);
            }
        }
        return new Safety(yes);
    }

    private static Footwear footwear(Section footwear) {
        return new Footwear(footwear.bool(HIGH_HEELS), footwear.bool(POINTED_TOES), footwear.bool(POOR_FIT),
                footwear.bool(RUNNING), footwear.optionalText(NOTES, "text", Values::notes).orElse(""));
    }

    private static Abilities abilities(Section abilities) {
        return new Abilities(abilities.bool(STAND_ON_ONE_LEG), abilities.bool(LIE_ON_FLOOR),
                abilities.bool(SIT_ON_FLOOR));
    }

    private static Schedule schedule(Section schedule) {
        int sessions = schedule.integer(SESSIONS_PER_WEEK, Schedule.MIN_SESSIONS, Schedule.MAX_SESSIONS);
        List<DayOfWeek> days = schedule.list(DAYS, "[mon, wed, fri]", Values::day);
        if (days.size() < sessions) {
            throw schedule.fail(DAYS, "has " + days.size() + (days.size() == 1 ? " day" : " days")
                    + " but sessions_per_week is " + sessions + "; allow at least " + sessions + " days");
        }
        LocalTime time = schedule.text(TIME, "a time of day in quotes, like \"07:30\"", Values::timeOfDay);
        ZoneId zone = schedule.text(TIMEZONE, "an IANA zone id such as Europe/Berlin", Values::zone);
        LocalDate start = schedule.text(START, "a date like 2026-12-01", Values::date);
        int weeks = schedule.integer(WEEKS, Schedule.MIN_WEEKS, Schedule.MAX_WEEKS);
        int reminder = schedule.optionalInteger(REMINDER_MINUTES, 0, Schedule.MAX_REMINDER_MINUTES)
                .orElse(Schedule.DEFAULT_REMINDER_MINUTES);
        List<LocalDate> skip = schedule.optionalList(SKIP, "[2026-12-24], or [] for none", Values::date)
                .orElse(List.of());
        return new Schedule(sessions, EnumSet.copyOf(days), time, zone, start, weeks, reminder, new TreeSet<>(skip));
    }
}
