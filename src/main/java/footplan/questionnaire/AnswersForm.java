package footplan.questionnaire;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.BadValue;
import footplan.answers.Equipment;
import footplan.answers.FieldError;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import footplan.answers.TextParser;
import footplan.answers.Values;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The questionnaire as form fields, named by their answers key ({@code pain.level}, {@code schedule.days}): reads
 * submitted fields into {@link Answers}, or into every {@link FieldError} at once, with the words the terminal
 * uses for the same value; and writes answers back as fields to fill a form with.
 *
 * <p>A field's values are what a browser sends: one value for most questions, one per ticked box for
 * {@link Question.Kind#SEVERAL} (none ticked, or the field missing, means none), and {@code yes} or {@code no}
 * for {@link Question.Kind#YES_NO}, which must always be answered: a missing safety answer is an error, never a
 * no. A safety yes is not an error: as in the terminal, whether it means seeing a clinician first is the rules'
 * decision ({@code RuleBook.screen}), for the caller to ask. A blank optional field takes the answers file's
 * default; fields not in the catalogue (a CSRF token) are ignored.
 */
public final class AnswersForm {

    /** What reading a submitted form gives: the answers, or why not. */
    public sealed interface Result permits Accepted, Rejected {
    }

    /** Every field could be used. */
    public record Accepted(Answers answers) implements Result {
        public Accepted {
            Objects.requireNonNull(answers, "answers");
        }
    }

    /**
     * Some fields could not be used.
     *
     * @param errors one per field that cannot be used, in the order of the questions; never empty
     */
    public record Rejected(List<FieldError> errors) implements Result {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected form has errors");
            }
        }
    }

    /** The values of a yes/no field. */
    public static final String YES = "yes";
    public static final String NO = "no";
    /** What a blank field that needs an answer says, beside it. */
    static final String ANSWER_YES_OR_NO = "answer yes or no";
    static final String TYPE_AN_ANSWER = "type an answer";

    private AnswersForm() {
    }

    /**
     * Reads a submitted form.
     *
     * @param fields the values of each field by its answers key, as a web framework gives them
     */
    public static Result read(Map<String, List<String>> fields) {
        return new Reading(fields).result();
    }

    /**
     * Every question's values for these answers, such that {@link #read} gives equal answers back: {@code yes} or
     * {@code no}, the ticked words in the catalogue's order, numbers in digits, {@code HH:MM}, {@code YYYY-MM-DD},
     * dates comma-separated, and an empty text where there is none.
     */
    public static Map<String, List<String>> fields(Answers answers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            fields.put(question.key(), values(question, answers));
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * A form filled with earlier answers, as the terminal offers them: every field but the safety questions', which
     * are answered afresh each time because a warning sign can appear at any time.
     */
    public static Map<String, List<String>> prefill(Answers previous) {
        Map<String, List<String>> fields = new LinkedHashMap<>(fields(previous));
        Arrays.stream(Question.values()).filter(q -> q.safety().isPresent()).forEach(q -> fields.remove(q.key()));
        return Collections.unmodifiableMap(fields);
    }

    /**
     * A form for a first run, with what the terminal suggests: 20 minutes, 3 sessions on Monday, Wednesday and
     * Friday at 07:30 for 6 weeks, a 10-minute reminder, and the zone and start date given. The safety, pain,
     * shoes and abilities questions and the equipment are left for the person.
     *
     * @param zone  the zone to suggest, e.g. the system's; left blank when the answers file cannot hold it
     * @param start the start date to suggest, e.g. today
     */
    public static Map<String, List<String>> prefill(ZoneId zone, LocalDate start) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(Question.SESSION_MINUTES.key(), List.of(String.valueOf(Suggestions.SESSION_MINUTES)));
        fields.put(Question.SESSIONS_PER_WEEK.key(), List.of(String.valueOf(Suggestions.SESSIONS)));
        fields.put(Question.DAYS.key(), dayKeys(Suggestions.days(Suggestions.SESSIONS)));
        fields.put(Question.TIME.key(), List.of(Values.timeText(Suggestions.TIME)));
        fields.put(Question.TIMEZONE.key(), List.of(Suggestions.zone(zone).map(ZoneId::getId).orElse("")));
        fields.put(Question.START.key(), List.of(start.toString()));
        fields.put(Question.WEEKS.key(), List.of(String.valueOf(Suggestions.WEEKS)));
        fields.put(Question.REMINDER_MINUTES.key(), List.of(String.valueOf(Schedule.DEFAULT_REMINDER_MINUTES)));
        fields.put(Question.SKIP.key(), List.of(""));
        fields.put(Question.NAME.key(), List.of(""));
        return Collections.unmodifiableMap(fields);
    }

    /** One question's values; a switch with no default, so a new question cannot be forgotten here. */
    private static List<String> values(Question question, Answers a) {
        Schedule s = a.schedule();
        return switch (question) {
            case SADDLE_NUMBNESS, BLADDER_OR_BOWEL_CHANGE, PROGRESSIVE_LEG_WEAKNESS, RECENT_FALL_OR_INJURY,
                    FEVER_OR_UNEXPLAINED_WEIGHT_LOSS, SEVERE_NIGHT_PAIN, HOT_SWOLLEN_JOINT, CANNOT_BEAR_WEIGHT ->
                    yesNo(a.safety().answeredYes(question.safety().orElseThrow()));
            case PAIN_AREAS -> keys(a.pain().areas(), PainArea::key);
            case PAIN_LEVEL -> number(a.pain().level());
            case LEG_RADIATING -> yesNo(a.pain().legRadiating());
            case HIGH_HEELS -> yesNo(a.footwear().highHeels());
            case POINTED_TOES -> yesNo(a.footwear().pointedToes());
            case POOR_FIT -> yesNo(a.footwear().poorFit());
            case RUNNING -> yesNo(a.footwear().running());
            case FOOTWEAR_NOTES -> List.of(a.footwear().notes());
            case STAND_ON_ONE_LEG -> yesNo(a.abilities().standOnOneLeg());
            case LIE_ON_FLOOR -> yesNo(a.abilities().lieOnFloor());
            case SIT_ON_FLOOR -> yesNo(a.abilities().sitOnFloor());
            case EQUIPMENT -> keys(a.equipment(), Equipment::key);
            case SESSION_MINUTES -> number(a.sessionMinutes());
            case SESSIONS_PER_WEEK -> number(s.sessionsPerWeek());
            case DAYS -> dayKeys(s.days());
            case TIME -> List.of(Values.timeText(s.time()));
            case TIMEZONE -> List.of(s.zone().getId());
            case START -> List.of(s.start().toString());
            case WEEKS -> number(s.weeks());
            case REMINDER_MINUTES -> number(s.reminderMinutes());
            case SKIP -> List.of(s.skip().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
            case NAME -> List.of(a.name());
        };
    }

    private static List<String> yesNo(boolean yes) {
        return List.of(yes ? YES : NO);
    }

    private static List<String> number(int number) {
        return List.of(String.valueOf(number));
    }

    private static <E> List<String> keys(Collection<E> chosen, Function<E, String> key) {
        return chosen.stream().map(key).collect(Collectors.toList());
    }

    private static List<String> dayKeys(Set<DayOfWeek> days) {
        return keys(days, Values::dayKey);
    }

    /** One reading of a submitted form, noting each field's error and reading on. */
    private static final class Reading {

        private final Map<String, List<String>> fields;
        private final List<FieldError> errors = new ArrayList<>();

        Reading(Map<String, List<String>> fields) {
            this.fields = Objects.requireNonNull(fields, "fields");
        }

        /** Reads the questions in the catalogue's order, so the errors come in the order the form shows them. */
        Result result() {
            Optional<Safety> safety = safety();
            Optional<Pain> pain = pain();
            Optional<Footwear> footwear = footwear();
            Optional<Abilities> abilities = abilities();
            Optional<Set<Equipment>> equipment = several(Question.EQUIPMENT, Values::equipment)
                    .map(e -> Typed.enumSet(e, Equipment.class));
            Optional<Integer> minutes = number(Question.SESSION_MINUTES);
            Optional<Schedule> schedule = schedule();
            Optional<String> name = optional(Question.NAME, Values::name, "");
            if (!errors.isEmpty()) {
                return new Rejected(errors);
            }
            return new Accepted(new Answers(name.get(), pain.get(), safety.get(), footwear.get(), abilities.get(),
                    equipment.get(), minutes.get(), schedule.get()));
        }

        /** Every sign asked, none assumed: a blank answer is an error, not a no. */
        private Optional<Safety> safety() {
            Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
            boolean complete = true;
            for (SafetyQuestion sign : SafetyQuestion.values()) {
                Optional<Boolean> answer = yesNo(Question.of(sign));
                complete &= answer.isPresent();
                if (answer.orElse(false)) {
                    yes.add(sign);
                }
            }
            return complete ? Optional.of(new Safety(yes)) : Optional.empty();
        }

        private Optional<Pain> pain() {
            Optional<List<PainArea>> areas = several(Question.PAIN_AREAS, Values::painArea);
            Optional<Integer> level = number(Question.PAIN_LEVEL);
            Optional<Boolean> leg = yesNo(Question.LEG_RADIATING);
            return all(areas, level, leg) ? Optional.of(new Pain(Set.copyOf(areas.get()), level.get(), leg.get()))
                    : Optional.empty();
        }

        private Optional<Footwear> footwear() {
            Optional<Boolean> heels = yesNo(Question.HIGH_HEELS);
            Optional<Boolean> pointed = yesNo(Question.POINTED_TOES);
            Optional<Boolean> poorFit = yesNo(Question.POOR_FIT);
            Optional<Boolean> running = yesNo(Question.RUNNING);
            Optional<String> notes = optional(Question.FOOTWEAR_NOTES, Values::notes, "");
            return all(heels, pointed, poorFit, running, notes) ? Optional.of(new Footwear(heels.get(),
                    pointed.get(), poorFit.get(), running.get(), notes.get())) : Optional.empty();
        }

        private Optional<Abilities> abilities() {
            Optional<Boolean> oneLeg = yesNo(Question.STAND_ON_ONE_LEG);
            Optional<Boolean> lie = yesNo(Question.LIE_ON_FLOOR);
            Optional<Boolean> sit = yesNo(Question.SIT_ON_FLOOR);
            return all(oneLeg, lie, sit) ? Optional.of(new Abilities(oneLeg.get(), lie.get(), sit.get()))
                    : Optional.empty();
        }

        private Optional<Schedule> schedule() {
            Optional<Integer> sessions = number(Question.SESSIONS_PER_WEEK);
            Optional<Set<DayOfWeek>> days = days(sessions);
            Optional<LocalTime> time = required(Question.TIME, Values::timeOfDay);
            Optional<ZoneId> zone = required(Question.TIMEZONE, Values::zone);
            Optional<LocalDate> start = required(Question.START, Values::date);
            Optional<Integer> weeks = number(Question.WEEKS);
            Optional<Integer> reminder = optional(Question.REMINDER_MINUTES, numberParser(Question.REMINDER_MINUTES),
                    Schedule.DEFAULT_REMINDER_MINUTES);
            Optional<TreeSet<LocalDate>> skip = several(Question.SKIP, Values::date).map(TreeSet::new);
            if (!all(sessions, days, time, zone, start, weeks, reminder, skip)) {
                return Optional.empty();
            }
            return Optional.of(new Schedule(sessions.get(), days.get(), time.get(), zone.get(), start.get(),
                    weeks.get(), reminder.get(), skip.get()));
        }

        /**
         * The days ticked, as many as the sessions a week need; with no usable number of sessions (an error of its
         * own) any number of days is read.
         */
        private Optional<Set<DayOfWeek>> days(Optional<Integer> sessions) {
            Optional<List<DayOfWeek>> days = several(Question.DAYS, Values::day);
            return days.flatMap(d -> parsed(Question.DAYS, () -> Typed.enoughDays(d, sessions.orElse(0))));
        }

        private Optional<Boolean> yesNo(Question question) {
            return single(question, Prompter::yesOrNo, () -> refuse(question, ANSWER_YES_OR_NO));
        }

        private Optional<Integer> number(Question question) {
            return required(question, numberParser(question));
        }

        private static TextParser<Integer> numberParser(Question question) {
            Question.Field field = question.field();
            return text -> Values.wholeNumber(text, field.min(), field.max());
        }

        private <T> Optional<T> required(Question question, TextParser<T> parser) {
            return single(question, parser, () -> refuse(question, TYPE_AN_ANSWER));
        }

        /** A blank optional field takes the answers file's default. */
        private <T> Optional<T> optional(Question question, TextParser<T> parser, T fallback) {
            return single(question, parser, () -> Optional.of(fallback));
        }

        /** A field of one answer; {@code blank} says what it is when left blank. */
        private <T> Optional<T> single(Question question, TextParser<T> parser, Supplier<Optional<T>> blank) {
            List<String> given = given(question);
            if (given.size() > 1) {
                // Only a form made by hand sends two; a guess between them could be the wrong one.
                return refuse(question, "give one answer, not " + given.size());
            }
            return given.isEmpty() ? blank.get() : parsed(question, () -> parser.parse(given.get(0)));
        }

        /** The ticked words, each a value or several in one value, read as the terminal reads them typed. */
        private <T> Optional<List<T>> several(Question question, TextParser<T> word) {
            String text = String.join(", ", given(question));
            return text.isEmpty() ? Optional.of(List.of()) : parsed(question, () -> Typed.list(text, true, word));
        }

        /** The values sent for the question that are not blank. */
        private List<String> given(Question question) {
            List<String> values = Optional.ofNullable(fields.get(question.key())).orElse(List.of());
            return values.stream().filter(v -> v != null && !v.isBlank()).collect(Collectors.toList());
        }

        private <T> Optional<T> parsed(Question question, Parse<T> parse) {
            try {
                return Optional.of(parse.get());
            } catch (BadValue e) {
                return refuse(question, e.getMessage());
            }
        }

        private <T> Optional<T> refuse(Question question, String message) {
            errors.add(new FieldError(question.key(), message));
            return Optional.empty();
        }

        private static boolean all(Optional<?>... values) {
            return Arrays.stream(values).allMatch(Optional::isPresent);
        }
    }

    /** A reading that may refuse the value with a hint. */
    @FunctionalInterface
    private interface Parse<T> {
        T get() throws BadValue;
    }
}
