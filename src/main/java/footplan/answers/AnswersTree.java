package footplan.answers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
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

    /**
     * Reads every answer it can, so that one reading names every mistake: a key that cannot be read is noted and
     * the others are read on; a section that cannot be read hides its keys. The message is the first mistake's, the
     * one the command line has always printed.
     *
     * @throws InvalidAnswersException with every mistake found, in the order of the keys
     */
    static Answers answers(JsonNode root, String file) {
        Section top = Section.root(root, file, TOP_KEYS);
        Reading reading = new Reading();
        Optional<String> name = reading.of(() -> top.optionalText(NAME, "text", Values::name).orElse(""));
        Optional<Pain> pain = reading.of(() -> top.section(PAIN, PAIN_KEYS, "")).flatMap(p -> pain(p, reading));
        Optional<Safety> safety = reading.of(() -> top.section(SAFETY, SAFETY_KEYS, SAFETY_ADVICE))
                .flatMap(s -> safety(s, reading));
        Optional<Footwear> footwear = reading.of(() -> top.section(FOOTWEAR, FOOTWEAR_KEYS, ""))
                .flatMap(f -> footwear(f, reading));
        Optional<Abilities> abilities = reading.of(() -> top.section(ABILITIES, ABILITY_KEYS, ""))
                .flatMap(a -> abilities(a, reading));
        Optional<List<Equipment>> equipment = reading.of(() -> top.list(EQUIPMENT, "[chair, band, towel], or [] for"
                + " none", Values::equipment));
        Optional<Integer> minutes = reading.of(() -> top.integer(SESSION_MINUTES, Answers.MIN_SESSION_MINUTES,
                Answers.MAX_SESSION_MINUTES));
        Optional<Schedule> schedule = reading.of(() -> top.section(SCHEDULE, SCHEDULE_KEYS, ""))
                .flatMap(s -> schedule(s, reading));
        reading.finish(file);
        try {
            return new Answers(name.get(), pain.get(), safety.get(), footwear.get(), abilities.get(),
                    Set.copyOf(equipment.get()), minutes.get(), schedule.get());
        } catch (IllegalArgumentException e) {
            // Every rule of the records is checked above with a better message; this is a last guard.
            throw new InvalidAnswersException(file, "", e.getMessage(), e);
        }
    }

    private static Optional<Pain> pain(Section pain, Reading reading) {
        Optional<List<PainArea>> areas = reading.of(() -> pain.list(AREAS, "[knee, back], or [] for prevention only",
                Values::painArea));
        Optional<Integer> level = reading.of(() -> pain.integer(LEVEL, 0, Pain.MAX_LEVEL));
        Optional<Boolean> legRadiating = reading.of(() -> pain.bool(LEG_RADIATING));
        return Reading.all(areas, level, legRadiating)
                ? Optional.of(new Pain(Set.copyOf(areas.get()), level.get(), legRadiating.get())) : Optional.empty();
    }

    private static Optional<Safety> safety(Section safety, Reading reading) {
        Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
        boolean complete = true;
        for (SafetyQuestion question : SafetyQuestion.values()) {
            Optional<Boolean> answer = reading.of(() -> safety.bool(question.key()));
            complete &= answer.isPresent();
            if (answer.orElse(false)) {
                yes.add(question);
            }
        }
        return complete ? Optional.of(new Safety(yes)) : Optional.empty();
    }

    private static Optional<Footwear> footwear(Section footwear, Reading reading) {
        Optional<Boolean> highHeels = reading.of(() -> footwear.bool(HIGH_HEELS));
        Optional<Boolean> pointedToes = reading.of(() -> footwear.bool(POINTED_TOES));
        Optional<Boolean> poorFit = reading.of(() -> footwear.bool(POOR_FIT));
        Optional<Boolean> running = reading.of(() -> footwear.bool(RUNNING));
        Optional<String> notes = reading.of(() -> footwear.optionalText(NOTES, "text", Values::notes).orElse(""));
        return Reading.all(highHeels, pointedToes, poorFit, running, notes) ? Optional.of(new Footwear(highHeels.get(),
                pointedToes.get(), poorFit.get(), running.get(), notes.get())) : Optional.empty();
    }

    private static Optional<Abilities> abilities(Section abilities, Reading reading) {
        Optional<Boolean> oneLeg = reading.of(() -> abilities.bool(STAND_ON_ONE_LEG));
        Optional<Boolean> lie = reading.of(() -> abilities.bool(LIE_ON_FLOOR));
        Optional<Boolean> sit = reading.of(() -> abilities.bool(SIT_ON_FLOOR));
        return Reading.all(oneLeg, lie, sit) ? Optional.of(new Abilities(oneLeg.get(), lie.get(), sit.get()))
                : Optional.empty();
    }

    private static Optional<Schedule> schedule(Section schedule, Reading reading) {
        Optional<Integer> sessions = reading.of(() -> schedule.integer(SESSIONS_PER_WEEK, Schedule.MIN_SESSIONS,
                Schedule.MAX_SESSIONS));
        Optional<List<DayOfWeek>> days = reading.of(() -> schedule.list(DAYS, "[mon, wed, fri]", Values::day))
                .flatMap(d -> reading.of(() -> enoughDays(schedule, d, sessions)));
        Optional<LocalTime> time = reading.of(() -> schedule.text(TIME, "a time of day in quotes, like \"07:30\"",
                Values::timeOfDay));
        Optional<ZoneId> zone = reading.of(() -> schedule.text(TIMEZONE, "an IANA zone id such as Europe/Berlin",
                Values::zone));
        Optional<LocalDate> start = reading.of(() -> schedule.text(START, "a date like 2026-12-01", Values::date));
        Optional<Integer> weeks = reading.of(() -> schedule.integer(WEEKS, Schedule.MIN_WEEKS, Schedule.MAX_WEEKS));
        Optional<Integer> reminder = reading.of(() -> schedule.optionalInteger(REMINDER_MINUTES, 0,
                Schedule.MAX_REMINDER_MINUTES).orElse(Schedule.DEFAULT_REMINDER_MINUTES));
        Optional<List<LocalDate>> skip = reading.of(() -> schedule.optionalList(SKIP, "[2026-12-24], or [] for none",
                Values::date).orElse(List.of()));
        if (!Reading.all(sessions, days, time, zone, start, weeks, reminder, skip)) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(sessions.get(), EnumSet.copyOf(days.get()), time.get(), zone.get(),
                start.get(), weeks.get(), reminder.get(), new TreeSet<>(skip.get())));
    }

    /** The days, when there are enough for the sessions a week; with no usable number of sessions, any count is. */
    private static List<DayOfWeek> enoughDays(Section schedule, List<DayOfWeek> days, Optional<Integer> sessions) {
        if (sessions.isPresent() && days.size() < sessions.get()) {
            throw schedule.fail(DAYS, "has " + days.size() + (days.size() == 1 ? " day" : " days")
                    + " but sessions_per_week is " + sessions.get() + "; allow at least " + sessions.get() + " days");
        }
        return days;
    }

    /** The refusals of one reading, kept so that reading can go on past the first. */
    private static final class Reading {

        private final List<FieldError> errors = new ArrayList<>();

        /** The value read, or empty when it was refused (and the refusal noted). */
        <T> Optional<T> of(Supplier<T> read) {
            try {
                return Optional.of(read.get());
            } catch (InvalidAnswersException e) {
                errors.addAll(e.errors());
                return Optional.empty();
            }
        }

        static boolean all(Optional<?>... values) {
            return Arrays.stream(values).allMatch(Optional::isPresent);
        }

        void finish(String file) {
            if (!errors.isEmpty()) {
                throw new InvalidAnswersException(file, errors);
            }
        }
    }
}
