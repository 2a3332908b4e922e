package footplan.questionnaire;

import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import footplan.answers.Values;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every question of the questionnaire, in the order the terminal asks them, safety first: the answers key it
 * fills, its group, its words, the help {@code ?} gives, and the kind of field that takes the answer. The
 * terminal questionnaire and the web form both read it, so both ask the same things in the same words.
 */
public enum Question {
    SADDLE_NUMBNESS(SafetyQuestion.SADDLE_NUMBNESS),
    BLADDER_OR_BOWEL_CHANGE(SafetyQuestion.BLADDER_OR_BOWEL_CHANGE),
    PROGRESSIVE_LEG_WEAKNESS(SafetyQuestion.PROGRESSIVE_LEG_WEAKNESS),
    RECENT_FALL_OR_INJURY(SafetyQuestion.RECENT_FALL_OR_INJURY),
    FEVER_OR_UNEXPLAINED_WEIGHT_LOSS(SafetyQuestion.FEVER_OR_UNEXPLAINED_WEIGHT_LOSS),
    SEVERE_NIGHT_PAIN(SafetyQuestion.SEVERE_NIGHT_PAIN),
    HOT_SWOLLEN_JOINT(SafetyQuestion.HOT_SWOLLEN_JOINT),
    CANNOT_BEAR_WEIGHT(SafetyQuestion.CANNOT_BEAR_WEIGHT),

    PAIN_AREAS("pain.areas", Group.PAIN, "Where do you have pain?",
            Values.painAreaWords() + ", comma-separated, or none", Field.several(PainArea.values(), PainArea::key),
            "Knee pain makes tibialis anterior more important, hip pain tibialis anterior and heel raises, back pain"
                    + " heel raises: a more important exercise comes earlier among those done in the same position"
                    + " and is the last to be shortened or dropped when time is short. Every routine has all five"
                    + " exercises unless what you can do or your time leaves one out; none gives a routine to prevent"
                    + " pain."),
    PAIN_LEVEL("pain.level", Group.PAIN, "Pain level on a typical day", Field.number(0, Pain.MAX_LEVEL),
            "Below 5 the doses start at the low end of the article's ranges and build up to the high end; 5 to 7"
                    + " keeps them at the low end all program; 8 or more on a typical day means seeing a clinician"
                    + " first."),
    LEG_RADIATING("pain.leg_radiating", Group.PAIN, "Does the pain travel down your leg (like sciatica)?",
            "A yes adds advice on when to see a clinician about it and, if you also wear high heels, pointed shoes or"
                    + " shoes that fit badly, the article's warning that unsuitable shoes can make sciatica worse. It"
                    + " does not change the exercises or their doses."),

    HIGH_HEELS("footwear.high_heels", Group.SHOES, "Do you often wear high heels?",
            "The article blames high-heeled and pointed shoes for much foot pain: a yes makes toe walking and toe"
                    + " curls" + Words.MORE + " It also adds the article's advice on footwear."),
    POINTED_TOES("footwear.pointed_toes", Group.SHOES, "Do you often wear shoes with pointed toes?",
            "The article blames shoes that force the feet into unnatural shapes for much foot pain: a yes makes toe"
                    + " walking and toe curls" + Words.MORE + " It also adds the article's advice on footwear."),
    POOR_FIT("footwear.poor_fit", Group.SHOES, "Do your shoes fit poorly (tight, loose or worn out)?",
            "The article blames most foot pain on shoes that do not fit properly: a yes adds its advice on footwear."
                    + " It does not change the exercises."),
    RUNNING("footwear.running", Group.SHOES, "Do you run?",
            "The article calls towel toe curls particularly good for runners: a yes makes toe curls" + Words.MORE),
    FOOTWEAR_NOTES("footwear.notes", Group.SHOES, "Anything else about your shoes?", "free text, - for none",
            Field.text(Footwear.MAX_NOTES_LENGTH, true),
            "The rules look for words like heels, narrow, worn or running in these notes: a word they understand"
                    + " counts like a yes to its question, and the plan lists the words understood."),

    STAND_ON_ONE_LEG("abilities.stand_on_one_leg", Group.ABILITIES,
            "Can you stand on one leg for 10 seconds, holding a chair?",
            "With no, heel raises are done on both feet at once, holding on with both hands, and toe walking, which"
                    + " needs more balance, is left out."),
    LIE_ON_FLOOR("abilities.lie_on_floor", Group.ABILITIES, "Can you lie down on the floor and get up again?",
            "With no, ankle circles are done lying on your bed instead of the floor."),
    SIT_ON_FLOOR("abilities.sit_on_floor", Group.ABILITIES, "Can you sit on the floor and get up again?",
            "With no, tibialis anterior is done sitting on a chair instead of the floor, or left out when you have no"
                    + " chair."),
    EQUIPMENT("equipment", Group.ABILITIES, "What do you have at home?",
            Values.equipmentWords() + ", comma-separated, or none", Field.several(Equipment.values(), Equipment::key),
            "Without a chair, heel raises are done holding a kitchen counter and toe curls sitting on the edge of a"
                    + " bed or sofa; without a band, tibialis anterior pulls against no resistance; without a towel,"
                    + " toe curls use a small cloth."),

    SESSION_MINUTES("session_minutes", Group.SESSIONS, "Minutes per session",
            Field.number(Answers.MIN_SESSION_MINUTES, Answers.MAX_SESSION_MINUTES),
            "Each session fits this time: the least important exercise is kept at the low end of its range first,"
                    + " and left out only when that is not enough."),
    SESSIONS_PER_WEEK("schedule.sessions_per_week", Group.SESSIONS, "Sessions per week",
            Field.number(Schedule.MIN_SESSIONS, Schedule.MAX_SESSIONS),
            "The article advises 2 to 3 sessions a week; they are spread over your days with a rest day between them"
                    + " when the days allow."),
    /** The terminal's hint names how many days the sessions a week need: {@link #prompt} has a {@code %d}. */
    DAYS("schedule.days", Group.SESSIONS, "Days you could train",
            "at least %d of " + Values.DAY_WORDS + ", comma-separated",
            Field.several(DayOfWeek.values(), Values::dayKey),
            "Sessions go only on these days, spread over the week."),
    TIME("schedule.time", Group.SESSIONS, "Time of day", "HH:MM or like 6:30pm", Field.of(Kind.TIME),
            "Each session goes into your calendar at this local time."),
    TIMEZONE("schedule.timezone", Group.SESSIONS, "Time zone", "an IANA zone id such as Europe/Berlin",
            Field.zone(), "Sessions stay at the same local time in this zone, also across daylight saving changes."),
    START("schedule.start", Group.SESSIONS, "First day of the program", "YYYY-MM-DD", Field.of(Kind.DATE),
            "Week 1 is the seven days from this date; no session comes before it."),
    WEEKS("schedule.weeks", Group.SESSIONS, "Program length in weeks",
            Field.number(Schedule.MIN_WEEKS, Schedule.MAX_WEEKS),
            "Doses start at the low end of the article's ranges in week 1 and, unless your pain is 5 or more, reach"
                    + " the high end in the last week."),
    REMINDER_MINUTES("schedule.reminder_minutes", Group.SESSIONS, "Reminder before each session in minutes",
            Values.range(0, Schedule.MAX_REMINDER_MINUTES) + ", 0 for none",
            Field.number(0, Schedule.MAX_REMINDER_MINUTES).withDefault(),
            "Your calendar app alerts you this many minutes before each session."),
    SKIP("schedule.skip", Group.SESSIONS, "Dates with no session", "YYYY-MM-DD comma-separated, or none",
            Field.of(Kind.DATES).withDefault(),
            "No session falls on these dates: one that would moves to another of your days in the same week when"
                    + " that keeps a rest day, or is left out. Dates outside the program change nothing."),
    NAME("name", Group.SESSIONS, "Your name for the calendar", "optional, - for none",
            Field.text(Values.MAX_NAME_LENGTH, false),
            "The name titles the calendar, e.g. \"Foot routine · Alex\"; it stays on this computer.");

    /** The parts of the questionnaire, in the order they come, with the title that heads each. */
    public enum Group {
        SAFETY("Safety first: do you have any of these?"),
        PAIN("Your pain"),
        SHOES("Your shoes"),
        ABILITIES("What you can do, and what you have"),
        SESSIONS("Your sessions");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** Its questions, in order. */
        public List<Question> questions() {
            return Arrays.stream(Question.values()).filter(q -> q.group == this).collect(Collectors.toList());
        }
    }

    /** How an answer is given. */
    public enum Kind {
        /** Yes or no, always answered: a form sends {@code yes} or {@code no}. */
        YES_NO,
        /** A whole number from {@link Field#min()} to {@link Field#max()}. */
        NUMBER,
        /** Any number of the {@link Field#choices()}, none included; a form sends each ticked one. */
        SEVERAL,
        /** A time of day, {@code HH:MM} (also {@code 6:30pm}). */
        TIME,
        /** A date, {@code YYYY-MM-DD}. */
        DATE,
        /** Dates, {@code YYYY-MM-DD}, comma-separated; a form may also send each as a value of its own. */
        DATES,
        /** One of the {@link Field#choices()}: IANA zone ids such as {@code Europe/Berlin}. */
        ZONE,
        /** Free text of at most {@link Field#max()} characters. */
        TEXT
    }

    /**
     * The field that takes an answer and what it allows.
     *
     * @param kind      how the answer is given
     * @param min       NUMBER: the smallest allowed; 0 for the other kinds
     * @param max       NUMBER: the largest allowed; TEXT: the most characters; 0 for the other kinds
     * @param choices   SEVERAL and ZONE: the allowed words as the answers file spells them, in order; else empty
     * @param optional  whether it may be left blank, then taking the answers file's default (no name, no notes,
     *                  {@value Schedule#DEFAULT_REMINDER_MINUTES} minutes, no dates skipped)
     * @param multiline TEXT: whether line breaks are allowed (notes), so a text area suits it
     */
    public record Field(Kind kind, int min, int max, List<String> choices, boolean optional, boolean multiline) {

        public Field {
            Objects.requireNonNull(kind, "kind");
            choices = List.copyOf(choices);
            boolean hasChoices = kind == Kind.SEVERAL || kind == Kind.ZONE;
            if (hasChoices == choices.isEmpty()) {
                throw new IllegalArgumentException(kind + (hasChoices ? " needs" : " has no") + " choices");
            }
            boolean bounded = kind == Kind.NUMBER || kind == Kind.TEXT;
            if (bounded && min > max || !bounded && (min != 0 || max != 0)) {
                throw new IllegalArgumentException(kind + ": not bounds " + min + "-" + max);
            }
            if (multiline && kind != Kind.TEXT) {
                throw new IllegalArgumentException(kind + " is never multiline");
            }
        }

        static Field of(Kind kind) {
            return new Field(kind, 0, 0, List.of(), false, false);
        }

        static Field number(int min, int max) {
            return new Field(Kind.NUMBER, min, max, List.of(), false, false);
        }

        /** Optional text: both the name and the notes may be left blank. */
        static Field text(int maxLength, boolean multiline) {
            return new Field(Kind.TEXT, 0, maxLength, List.of(), true, multiline);
        }

        static <E> Field several(E[] values, Function<E, String> key) {
            return new Field(Kind.SEVERAL, 0, 0, Arrays.stream(values).map(key).collect(Collectors.toList()), false,
                    false);
        }

        static Field zone() {
            return new Field(Kind.ZONE, 0, 0, Values.zoneIds().stream().sorted().collect(Collectors.toList()), false,
                    false);
        }

        /** The same field, allowed blank. */
        Field withDefault() {
            return new Field(kind, min, max, choices, true, multiline);
        }
    }

    /** Words several help texts share; apart, as the enum's constants cannot name its static fields. */
    private static final class Words {
        /** What a more important exercise means, for the help of the answers that make one more important. */
        static final String MORE = " more important: earlier among the exercises done in the same position, and"
                + " the last to be shortened or dropped when time is short.";
        static final String SAFETY_HELP = "A yes to any of these means seeing a doctor or physiotherapist first;"
                + " footplan then makes no plan.";
    }

    private final String key;
    private final Group group;
    private final String text;
    /** How the terminal says to type the answer, after the text: {@code 0-10}, {@code HH:MM or like 6:30pm}. */
    private final String typing;
    private final Field field;
    private final String help;
    private final Optional<SafetyQuestion> safety;

    /** A safety question: its words are the sign's, and it is answered afresh each time. */
    Question(SafetyQuestion sign) {
        this("safety." + sign.key(), Group.SAFETY, capitalized(sign.description()) + "?", "", Field.of(Kind.YES_NO),
                Words.SAFETY_HELP, Optional.of(sign));
    }

    /** A yes/no question. */
    Question(String key, Group group, String text, String help) {
        this(key, group, text, "", Field.of(Kind.YES_NO), help, Optional.empty());
    }

    /** A number, typed as the range it allows. */
    Question(String key, Group group, String text, Field number, String help) {
        this(key, group, text, Values.range(number.min(), number.max()), number, help, Optional.empty());
    }

    Question(String key, Group group, String text, String typing, Field field, String help) {
        this(key, group, text, typing, field, help, Optional.empty());
    }

    Question(String key, Group group, String text, String typing, Field field, String help,
             Optional<SafetyQuestion> safety) {
        this.key = key;
        this.group = group;
        this.text = text;
        this.typing = typing;
        this.field = field;
        this.help = help;
        this.safety = safety;
    }

    /** The answers key the question fills, as the answers file spells it, e.g. {@code schedule.time}. */
    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The question, e.g. {@code Time of day} or {@code Do you run?}: a form's label. */
    public String text() {
        return text;
    }

    /** Why it is asked and what the answer changes, as {@code ?} explains it in the terminal. */
    public String help() {
        return help;
    }

    public Field field() {
        return field;
    }

    /** How to type a time or dates, e.g. {@code HH:MM or like 6:30pm}: a text field's placeholder. */
    public String typing() {
        return typing;
    }

    /** The warning sign a safety question asks about; empty for the other questions. */
    public Optional<SafetyQuestion> safety() {
        return safety;
    }

    /** The question with the key {@code key}, e.g. the field an error is about. */
    public static Optional<Question> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }

    /** The safety question that asks about {@code sign}. */
    static Question of(SafetyQuestion sign) {
        return Arrays.stream(values()).filter(q -> q.safety.equals(Optional.of(sign))).findFirst().orElseThrow();
    }

    /** The terminal's prompt: the question, then how to type the answer, e.g. {@code Pain level ..., 0-10}. */
    String prompt() {
        if (typing.isEmpty()) {
            return text;
        }
        return text + (text.endsWith("?") ? " " : ", ") + typing;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
