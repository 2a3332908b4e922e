package footplan.questionnaire;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.BadValue;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import footplan.answers.TextParser;
import footplan.answers.Values;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The questionnaire in the terminal: asks the safety questions first, then pain, footwear, abilities,
 * equipment and the schedule, shows a numbered summary with what changed since last time, and asks to save,
 * to change one answer (then shows the summary again) or to quit without saving.
 *
 * <p>Every prompt shows the allowed answers and, in brackets, what Enter gives; {@code ?} explains why a
 * question is asked; an answer that cannot be used is asked again with a hint. When earlier answers are
 * given, every default but the safety questions' comes from them, so an update is the safety answers, a few
 * Enters and one change; the safety questions are answered afresh every time. Nothing is written
 * here: the caller saves {@link Completed#answers()}. The questionnaire never reads the clock; the default
 * zone and start date of new answers come in from the caller. Whether an answer means seeing a clinician first is
 * the rules' decision, asked through a {@link Screen} after every safety answer and after the pain level.
 */
public final class Questionnaire {

    /** The rules' safety screen, asked with the answers so far (in footplan, {@code RuleBook::screen}). */
    @FunctionalInterface
    public interface Screen {

        /**
         * @param pain empty while the pain questions are still to come
         * @return the reasons to see a clinician first, in plain sentences; empty when the answers so far allow a plan
         */
        List<String> referralReasons(Safety safety, Optional<Pain> pain);
    }

    /** How the questionnaire ended. */
    public sealed interface Outcome permits Completed, SafetyStop, Cancelled {
    }

    /**
     * All questions answered and the person said to save.
     *
     * @param changes what changed since the earlier answers, one plain-English line each; empty on a first run
     */
    public record Completed(Answers answers, List<String> changes) implements Outcome {
        public Completed {
            Objects.requireNonNull(answers, "answers");
            changes = List.copyOf(changes);
        }
    }

    /**
     * An answer means a clinician should see the person before any exercise plan; the questions stopped
     * there and nothing is to be saved.
     *
     * @param reasons the screen's reasons, one sentence each
     */
    public record SafetyStop(List<String> reasons) implements Outcome {
        public SafetyStop {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The input ended (Ctrl-D, an empty pipe) or the person declined to save: leave everything as it was.
     *
     * @param inputEnded true when the input ran out before the questionnaire finished, false when declined
     */
    public record Cancelled(boolean inputEnded) implements Outcome {
    }

    private static final int DEFAULT_SESSION_MINUTES = 20;
    private static final int DEFAULT_SESSIONS = 3;
    private static final LocalTime DEFAULT_TIME = LocalTime.of(7, 30);
    private static final int DEFAULT_WEEKS = 6;
    private static final String NONE = "none";
    private static final String CLEAR = "-";
    /** What a more important exercise means, for the help of the answers that make one more important. */
    private static final String MORE = " more important: earlier among the exercises done in the same position, and"
            + " the last to be shortened or dropped when time is short.";

    private final Prompter prompter;
    private final Screen screen;
    private final Optional<Answers> previous;
    /** Where each question's default comes from: the earlier answers, then the answers being reviewed. */
    private Optional<Answers> defaults;
    private final Optional<ZoneId> defaultZone;
    private final LocalDate defaultStart;

    /**
     * @param in           where answers are read, a line each
     * @param out          where questions are written
     * @param screen       decides, from the answers so far, when to stop and send the person to a clinician
     * @param previous     the earlier answers, whose values become the defaults
     * @param defaultZone  the zone suggested for new answers, e.g. the system zone
     * @param defaultStart the start date suggested for new answers, e.g. today
     */
    public Questionnaire(BufferedReader in, PrintWriter out, Screen screen, Optional<Answers> previous,
                         ZoneId defaultZone, LocalDate defaultStart) {
        this.prompter = new Prompter(Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"));
        this.screen = Objects.requireNonNull(screen, "screen");
        this.previous = Objects.requireNonNull(previous, "previous");
        this.defaults = previous;
        this.defaultZone = usableZone(Objects.requireNonNull(defaultZone, "defaultZone"));
        this.defaultStart = Objects.requireNonNull(defaultStart, "defaultStart");
    }

    /** Asks every question in order; never throws for anything the person types. */
    public Outcome ask() {
        try {
            return askAll();
        } catch (Prompter.EndOfInput e) {
            return new Cancelled(true);
        }
    }

    private Outcome askAll() {
        prompter.say("Answer each question and press Enter. Enter alone keeps the answer in [brackets];"
                + " ? explains a question; Ctrl-D stops without saving.");
        prompter.say("");
        prompter.say("Safety first: do you have any of these?" + (previous.isPresent()
                ? " They are asked afresh each time, with no default." : ""));
        Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
        Optional<SafetyStop> warning = safetyQuestions(yes);
        if (warning.isPresent()) {
            return warning.get();
        }
        Safety safety = new Safety(yes);
        heading("Your pain");
        Set<PainArea> areas = painAreas();
        int level = painLevel();
        // Asked before the leg question, so strong pain stops at once; no leg pain is assumed until then.
        Optional<SafetyStop> painStop = painStop(safety, new Pain(areas, level, false));
        if (painStop.isPresent()) {
            return painStop.get();
        }
        Pain pain = new Pain(areas, level, legRadiating());
        heading("Your shoes");
        Footwear footwear = footwear();
        heading("What you can do, and what you have");
        Abilities abilities = abilities();
        Set<Equipment> equipment = equipment();
        heading("Your sessions");
        int minutes = sessionMinutes();
        Schedule schedule = schedule();
        String name = name();
        return review(new Answers(name, pain, safety, footwear, abilities, equipment, minutes, schedule));
    }

    /** The summary, then save, change one answer (and show the summary again) or quit without saving. */
    private Outcome review(Answers asked) {
        Answers answers = asked;
        while (true) {
            List<String> changes = summary(answers);
            Choice choice = prompter.choose("Save these answers and make the plan? [Y = save, c = change one,"
                            + " n = quit without saving]: ",
                    "y (or Enter) saves the answers file and makes the plan; c asks one question again;"
                            + " n quits and leaves the answers file as it was.",
                    Choice.SAVE, Questionnaire::choice);
            if (choice == Choice.SAVE) {
                return new Completed(answers, changes);
            }
            if (choice == Choice.QUIT) {
                return new Cancelled(false);
            }
            Optional<Review.Item> item = whichAnswer();
            if (item.isEmpty()) {
                continue;
            }
            if (item.get() == Review.Item.SAFETY) {
                Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
                Optional<SafetyStop> warning = safetyQuestions(yes);
                if (warning.isPresent()) {
                    return warning.get();
                }
                answers = with(answers, new Safety(yes));
                continue;
            }
            answers = askAgain(item.get(), answers);
            if (item.get() == Review.Item.PAIN_LEVEL) {
                Optional<SafetyStop> stop = painStop(answers.safety(), answers.pain());
                if (stop.isPresent()) {
                    return stop.get();
                }
            }
        }
    }

    /** Shows the numbered answers and what changed since last time; returns the changes. */
    private List<String> summary(Answers answers) {
        List<String> changes = previous.map(before -> Review.changes(before, answers)).orElse(List.of());
        prompter.say("");
        prompter.say("Your answers:");
        Review.summary(answers).forEach(line -> prompter.say("  " + line));
        if (previous.isPresent()) {
            prompter.say(changes.isEmpty() ? "No changes since last time." : "Changes since last time:");
            changes.forEach(line -> prompter.say("  - " + line));
        }
        return changes;
    }

    private enum Choice {
        SAVE, CHANGE, QUIT
    }

    private static Choice choice(String text) throws BadValue {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "y":
            case "yes":
            case "s":
            case "save":
                return Choice.SAVE;
            case "c":
            case "change":
                return Choice.CHANGE;
            case "n":
            case "no":
            case "q":
            case "quit":
                return Choice.QUIT;
            default:
                throw new BadValue(Values.quote(text) + " is not an answer here; type y to save, c to change one"
                        + " answer or n to quit without saving");
        }
    }

    /** The answer to change, by its number in the summary or its name; empty (Enter) changes nothing. */
    private Optional<Review.Item> whichAnswer() {
        int last = Review.Item.values().length;
        return prompter.ask("Which answer do you want to change? 1-" + last + " or its name, such as time",
                "Type the number of a line of the summary, or its name (pain level, time, skip ...);"
                        + " Enter goes back to saving without a change.",
                Optional.of(Optional.<Review.Item>empty()), item -> item.map(Review.Item::label).orElse(""),
                text -> Review.Item.named(text).map(Optional::of).orElseThrow(() -> new BadValue(Values.quote(text)
                        + " is not in the summary; type a number from 1 to " + last + ", or a name such as time"
                        + " or pain level")));
    }

    /**
     * Asks the one question of {@code item} again, the current answer as its default, and gives the answers
     * with the new one. The safety questions are asked apart, as they may stop the questionnaire.
     */
    private Answers askAgain(Review.Item item, Answers a) {
        defaults = Optional.of(a);
        Pain pain = a.pain();
        Footwear f = a.footwear();
        Abilities ab = a.abilities();
        Schedule s = a.schedule();
        switch (item) {
            case NAME:
                return new Answers(name(), pain, a.safety(), f, ab, a.equipment(), a.sessionMinutes(), s);
            case PAIN_AREAS:
                return with(a, new Pain(painAreas(), pain.level(), pain.legRadiating()));
            case PAIN_LEVEL:
                return with(a, new Pain(pain.areas(), painLevel(), pain.legRadiating()));
            case LEG_RADIATING:
                return with(a, new Pain(pain.areas(), pain.level(), legRadiating()));
            case HIGH_HEELS:
                return with(a, new Footwear(highHeels(), f.pointedToes(), f.poorFit(), f.running(), f.notes()));
            case POINTED_TOES:
                return with(a, new Footwear(f.highHeels(), pointedToes(), f.poorFit(), f.running(), f.notes()));
            case POOR_FIT:
                return with(a, new Footwear(f.highHeels(), f.pointedToes(), poorFit(), f.running(), f.notes()));
            case RUNNING:
                return with(a, new Footwear(f.highHeels(), f.pointedToes(), f.poorFit(), running(), f.notes()));
            case NOTES:
                return with(a, new Footwear(f.highHeels(), f.pointedToes(), f.poorFit(), f.running(), notes()));
            case ONE_LEG:
                return with(a, new Abilities(standOnOneLeg(), ab.lieOnFloor(), ab.sitOnFloor()));
            case LIE:
                return with(a, new Abilities(ab.standOnOneLeg(), lieOnFloor(), ab.sitOnFloor()));
            case SIT:
                return with(a, new Abilities(ab.standOnOneLeg(), ab.lieOnFloor(), sitOnFloor()));
            case EQUIPMENT:
                return new Answers(a.name(), pain, a.safety(), f, ab, equipment(), a.sessionMinutes(), s);
            case MINUTES:
                return new Answers(a.name(), pain, a.safety(), f, ab, a.equipment(), sessionMinutes(), s);
            case SESSIONS:
                int sessions = sessionsPerWeek();
                Set<DayOfWeek> days = s.days();
                if (days.size() < sessions) {
                    prompter.say("  " + sessions + " sessions a week need at least " + sessions + " days.");
                    days = days(sessions, Optional.of(s));
                }
                return with(a, new Schedule(sessions, days, s.time(), s.zone(), s.start(), s.weeks(),
                        s.reminderMinutes(), s.skip()));
            case DAYS:
                return with(a, new Schedule(s.sessionsPerWeek(), days(s.sessionsPerWeek(), Optional.of(s)), s.time(),
                        s.zone(), s.start(), s.weeks(), s.reminderMinutes(), s.skip()));
            case TIME:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), time(), s.zone(), s.start(), s.weeks(),
                        s.reminderMinutes(), s.skip()));
            case ZONE:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), s.time(), zone(), s.start(), s.weeks(),
                        s.reminderMinutes(), s.skip()));
            case START:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), s.time(), s.zone(), start(), s.weeks(),
                        s.reminderMinutes(), s.skip()));
            case WEEKS:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), s.time(), s.zone(), s.start(), weeks(),
                        s.reminderMinutes(), s.skip()));
            case REMINDER:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), s.time(), s.zone(), s.start(), s.weeks(),
                        reminder(), s.skip()));
            case SKIP:
                return with(a, new Schedule(s.sessionsPerWeek(), s.days(), s.time(), s.zone(), s.start(), s.weeks(),
                        s.reminderMinutes(), skip(Optional.of(s))));
            default:
                throw new IllegalArgumentException("asked apart, as it may stop the questionnaire: " + item);
        }
    }

    private static Answers with(Answers a, Safety safety) {
        return new Answers(a.name(), a.pain(), safety, a.footwear(), a.abilities(), a.equipment(),
                a.sessionMinutes(), a.schedule());
    }

    private static Answers with(Answers a, Pain pain) {
        return new Answers(a.name(), pain, a.safety(), a.footwear(), a.abilities(), a.equipment(),
                a.sessionMinutes(), a.schedule());
    }

    private static Answers with(Answers a, Footwear footwear) {
        return new Answers(a.name(), a.pain(), a.safety(), footwear, a.abilities(), a.equipment(),
                a.sessionMinutes(), a.schedule());
    }

    private static Answers with(Answers a, Abilities abilities) {
        return new Answers(a.name(), a.pain(), a.safety(), a.footwear(), abilities, a.equipment(),
                a.sessionMinutes(), a.schedule());
    }

    private static Answers with(Answers a, Schedule schedule) {
        return new Answers(a.name(), a.pain(), a.safety(), a.footwear(), a.abilities(), a.equipment(),
                a.sessionMinutes(), schedule);
    }

    /**
     * Every safety question, no defaults; a yes the rules refer on stops the questionnaire at once. The yes answers
     * go into {@code yes}.
     */
    private Optional<SafetyStop> safetyQuestions(Set<SafetyQuestion> yes) {
        for (SafetyQuestion question : SafetyQuestion.values()) {
            if (safety(question)) {
                yes.add(question);
                List<String> reasons = screen.referralReasons(new Safety(yes), Optional.empty());
                if (!reasons.isEmpty()) {
                    return Optional.of(new SafetyStop(reasons));
                }
            }
        }
        return Optional.empty();
    }

    /** The rules' referral for these safety answers and this pain, asked after the pain level, first or changed. */
    private Optional<SafetyStop> painStop(Safety safety, Pain pain) {
        List<String> reasons = screen.referralReasons(safety, Optional.of(pain));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new SafetyStop(reasons));
    }

    /**
     * Never offers a default, not even the earlier answer: a warning sign can appear at any time, and an Enter
     * pressed to get through the familiar questions must not answer for the person that it has not.
     */
    private boolean safety(SafetyQuestion question) {
        return prompter.yesNo("  " + capitalized(question.description()) + "?",
                "A yes to any of these means seeing a doctor or physiotherapist first; footplan then makes no plan.",
                Optional.empty());
    }

    private Set<PainArea> painAreas() {
        return prompter.ask("Where do you have pain? " + Values.painAreaWords() + ", comma-separated, or none",
                "Knee pain makes tibialis anterior more important, hip pain tibialis anterior and heel raises, back"
                        + " pain heel raises: a more important exercise comes earlier among those done in the same"
                        + " position and is the last to be shortened or dropped when time is short. Every routine"
                        + " has all five exercises unless what you can do or your time leaves one out; none gives a"
                        + " routine to prevent pain.",
                defaults.map(a -> a.pain().areas()), Review::areas,
                text -> enumSet(list(text, true, Values::painArea), PainArea.class));
    }

    private int painLevel() {
        return number("Pain level on a typical day, 0-10",
                "Below 5 the doses start at the low end of the article's ranges and build up to the high end; 5 to"
                        + " 7 keeps them at the low end all program; 8 or more on a typical day means seeing a"
                        + " clinician first.",
                defaults.map(a -> a.pain().level()), 0, Pain.MAX_LEVEL);
    }

    private boolean legRadiating() {
        return prompter.yesNo("Does the pain travel down your leg (like sciatica)?",
                "A yes adds advice on when to see a clinician about it and, if you also wear high heels, pointed"
                        + " shoes or shoes that fit badly, the article's warning that unsuitable shoes can make"
                        + " sciatica worse. It does not change the exercises or their doses.",
                defaults.map(a -> a.pain().legRadiating()));
    }

    private Footwear footwear() {
        return new Footwear(highHeels(), pointedToes(), poorFit(), running(), notes());
    }

    private boolean highHeels() {
        return prompter.yesNo("Do you often wear high heels?",
                "The article blames high-heeled and pointed shoes for much foot pain: a yes makes toe walking and"
                        + " toe curls" + MORE + " It also adds the article's advice on footwear.",
                defaults.map(a -> a.footwear().highHeels()));
    }

    private boolean pointedToes() {
        return prompter.yesNo("Do you often wear shoes with pointed toes?",
                "The article blames shoes that force the feet into unnatural shapes for much foot pain: a yes makes"
                        + " toe walking and toe curls" + MORE + " It also adds the article's advice on footwear.",
                defaults.map(a -> a.footwear().pointedToes()));
    }

    private boolean poorFit() {
        return prompter.yesNo("Do your shoes fit poorly (tight, loose or worn out)?",
                "The article blames most foot pain on shoes that do not fit properly: a yes adds its advice on"
                        + " footwear. It does not change the exercises.",
                defaults.map(a -> a.footwear().poorFit()));
    }

    private boolean running() {
        return prompter.yesNo("Do you run?",
                "The article calls towel toe curls particularly good for runners: a yes makes toe curls" + MORE,
                defaults.map(a -> a.footwear().running()));
    }

    private String notes() {
        return prompter.ask("Anything else about your shoes? free text, - for none",
                "The rules look for words like heels, narrow, worn or running in these notes: a word they"
                        + " understand counts like a yes to its question, and the plan lists the words understood.",
                Optional.of(defaults.map(a -> a.footwear().notes()).orElse("")), Function.identity(),
                text -> text.equals(CLEAR) ? "" : Values.notes(text));
    }

    private Abilities abilities() {
        return new Abilities(standOnOneLeg(), lieOnFloor(), sitOnFloor());
    }

    private boolean standOnOneLeg() {
        return prompter.yesNo("Can you stand on one leg for 10 seconds, holding a chair?",
                "With no, heel raises are done on both feet at once, holding on with both hands, and toe walking,"
                        + " which needs more balance, is left out.",
                defaults.map(a -> a.abilities().standOnOneLeg()));
    }

    private boolean lieOnFloor() {
        return prompter.yesNo("Can you lie down on the floor and get up again?",
                "With no, ankle circles are done lying on your bed instead of the floor.",
                defaults.map(a -> a.abilities().lieOnFloor()));
    }

    private boolean sitOnFloor() {
        return prompter.yesNo("Can you sit on the floor and get up again?",
                "With no, tibialis anterior is done sitting on a chair instead of the floor, or left out when you"
                        + " have no chair.",
                defaults.map(a -> a.abilities().sitOnFloor()));
    }

    private Set<Equipment> equipment() {
        return prompter.ask("What do you have at home? " + Values.equipmentWords() + ", comma-separated, or none",
                "Without a chair, heel raises are done holding a kitchen counter and toe curls sitting on the edge"
                        + " of a bed or sofa; without a band, tibialis anterior pulls against no resistance; without"
                        + " a towel, toe curls use a small cloth.",
                defaults.map(Answers::equipment), Review::equipment,
                text -> enumSet(list(text, true, Values::equipment), Equipment.class));
    }

    private int sessionMinutes() {
        return number("Minutes per session, 10-40",
                "Each session fits this time: the least important exercise is kept at the low end of its range"
                        + " first, and left out only when that is not enough.",
                Optional.of(defaults.map(Answers::sessionMinutes).orElse(DEFAULT_SESSION_MINUTES)),
                Answers.MIN_SESSION_MINUTES, Answers.MAX_SESSION_MINUTES);
    }

    private Schedule schedule() {
        int sessions = sessionsPerWeek();
        Set<DayOfWeek> days = days(sessions, before());
        LocalTime time = time();
        ZoneId zone = zone();
        LocalDate start = start();
        int weeks = weeks();
        int reminder = reminder();
        return new Schedule(sessions, days, time, zone, start, weeks, reminder, skip(before()));
    }

    /** The schedule the defaults come from, if any. */
    private Optional<Schedule> before() {
        return defaults.map(Answers::schedule);
    }

    private int sessionsPerWeek() {
        return number("Sessions per week, 2 or 3",
                "The article advises 2 to 3 sessions a week; they are spread over your days with a rest day"
                        + " between them when the days allow.",
                Optional.of(before().map(Schedule::sessionsPerWeek).orElse(DEFAULT_SESSIONS)),
                Schedule.MIN_SESSIONS, Schedule.MAX_SESSIONS);
    }

    private LocalTime time() {
        return prompter.ask("Time of day, HH:MM or like 6:30pm",
                "Each session goes into your calendar at this local time.",
                Optional.of(before().map(Schedule::time).orElse(DEFAULT_TIME)), Values::timeText, Values::timeOfDay);
    }

    private ZoneId zone() {
        return prompter.ask("Time zone, an IANA zone id such as Europe/Berlin",
                "Sessions stay at the same local time in this zone, also across daylight saving changes.",
                before().map(Schedule::zone).or(() -> defaultZone), ZoneId::getId, Values::zone);
    }

    private LocalDate start() {
        return prompter.ask("First day of the program, YYYY-MM-DD",
                "Week 1 is the seven days from this date; no session comes before it.",
                Optional.of(before().map(Schedule::start).orElse(defaultStart)), LocalDate::toString, Values::date);
    }

    private int weeks() {
        return number("Program length in weeks, 1-26",
                "Doses start at the low end of the article's ranges in week 1 and, unless your pain is 5 or more,"
                        + " reach the high end in the last week.",
                Optional.of(before().map(Schedule::weeks).orElse(DEFAULT_WEEKS)), Schedule.MIN_WEEKS,
                Schedule.MAX_WEEKS);
    }

    private int reminder() {
        return number("Reminder before each session in minutes, 0-1440, 0 for none",
                "Your calendar app alerts you this many minutes before each session.",
                Optional.of(before().map(Schedule::reminderMinutes).orElse(Schedule.DEFAULT_REMINDER_MINUTES)),
                0, Schedule.MAX_REMINDER_MINUTES);
    }

    private TreeSet<LocalDate> skip(Optional<Schedule> before) {
        return prompter.ask("Dates with no session, YYYY-MM-DD comma-separated, or none",
                "No session falls on these dates: one that would moves to another of your days in the same week"
                        + " when that keeps a rest day, or is left out. Dates outside the program change nothing.",
                Optional.of(before.map(s -> new TreeSet<>(s.skip())).orElse(new TreeSet<>())), Review::dates,
                text -> new TreeSet<>(list(text, true, Values::date)));
    }

    private Set<DayOfWeek> days(int sessions, Optional<Schedule> before) {
        Set<DayOfWeek> usual = sessions == 2 ? EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)
                : EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> fallback = before.map(Schedule::days).filter(d -> d.size() >= sessions).orElse(usual);
        return prompter.ask("Days you could train, at least " + sessions + " of " + Values.DAY_WORDS
                        + ", comma-separated",
                "Sessions go only on these days, spread over the week.",
                Optional.of(fallback), Review::days,
                text -> {
                    Set<DayOfWeek> days = enumSet(list(text, false, Values::day), DayOfWeek.class);
                    if (days.size() < sessions) {
                        throw new BadValue("choose at least " + sessions + " days for " + sessions
                                + " sessions a week");
                    }
                    return days;
                });
    }

    private String name() {
        return prompter.ask("Your name for the calendar, optional, - for none",
                "The name titles the calendar and names its file; it stays on this computer.",
                Optional.of(defaults.map(Answers::name).orElse("")), Function.identity(),
                text -> text.equals(CLEAR) ? "" : Values.name(text));
    }

    private int number(String question, String help, Optional<Integer> fallback, int min, int max) {
        return prompter.ask(question, help, fallback, String::valueOf, text -> Values.wholeNumber(text, min, max));
    }

    /** Items separated by commas or spaces; {@code none} for no items when that is allowed; no repeats. */
    private static <T> List<T> list(String text, boolean noneAllowed, TextParser<T> item) throws BadValue {
        if (noneAllowed && text.strip().equalsIgnoreCase(NONE)) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Set<T> seen = new LinkedHashSet<>();
        for (String word : text.strip().split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            T value = item.parse(word);
            if (!seen.add(value)) {
                throw new BadValue(Values.quote(word) + " is listed twice; list each one once");
            }
            items.add(value);
        }
        if (items.isEmpty()) {
            throw new BadValue("type at least one" + (noneAllowed ? ", or none" : ""));
        }
        return items;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> items, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(items);
        return set;
    }

    /** A zone the answers file can hold: IANA ids only, so a bare UTC offset becomes Etc/UTC or no default. */
    private static Optional<ZoneId> usableZone(ZoneId zone) {
        try {
            return Optional.of(Values.zone(zone.getId()));
        } catch (BadValue e) {
            return zone.normalized().equals(ZoneOffset.UTC) ? Optional.of(ZoneId.of("Etc/UTC")) : Optional.empty();
        }
    }

    private void heading(String title) {
        prompter.say("");
        prompter.say(title + ":");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
