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
import java.util.EnumSet;
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

    /** What clears an optional text in the terminal, where an empty line keeps the default. */
    private static final String CLEAR = "-";

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
        this.defaultZone = Suggestions.zone(Objects.requireNonNull(defaultZone, "defaultZone"));
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
        prompter.say(Question.Group.SAFETY.title() + (previous.isPresent()
                ? " They are asked afresh each time, with no default." : ""));
        Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
        Optional<SafetyStop> warning = safetyQuestions(yes);
        if (warning.isPresent()) {
            return warning.get();
        }
        Safety safety = new Safety(yes);
        heading(Question.Group.PAIN);
        Set<PainArea> areas = painAreas();
        int level = painLevel();
        // Asked before the leg question, so strong pain stops at once; no leg pain is assumed until then.
        Optional<SafetyStop> painStop = painStop(safety, new Pain(areas, level, false));
        if (painStop.isPresent()) {
            return painStop.get();
        }
        Pain pain = new Pain(areas, level, legRadiating());
        heading(Question.Group.SHOES);
        Footwear footwear = footwear();
        heading(Question.Group.ABILITIES);
        Abilities abilities = abilities();
        Set<Equipment> equipment = equipment();
        heading(Question.Group.SESSIONS);
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
    private boolean safety(SafetyQuestion sign) {
        Question question = Question.of(sign);
        return prompter.yesNo("  " + question.prompt(), question.help(), Optional.empty());
    }

    private Set<PainArea> painAreas() {
        return ask(Question.PAIN_AREAS, defaults.map(a -> a.pain().areas()), Review::areas,
                text -> Typed.enumSet(Typed.list(text, true, Values::painArea), PainArea.class));
    }

    private int painLevel() {
        return number(Question.PAIN_LEVEL, defaults.map(a -> a.pain().level()));
    }

    private boolean legRadiating() {
        return yesNo(Question.LEG_RADIATING, defaults.map(a -> a.pain().legRadiating()));
    }

    private Footwear footwear() {
        return new Footwear(highHeels(), pointedToes(), poorFit(), running(), notes());
    }

    private boolean highHeels() {
        return yesNo(Question.HIGH_HEELS, defaults.map(a -> a.footwear().highHeels()));
    }

    private boolean pointedToes() {
        return yesNo(Question.POINTED_TOES, defaults.map(a -> a.footwear().pointedToes()));
    }

    private boolean poorFit() {
        return yesNo(Question.POOR_FIT, defaults.map(a -> a.footwear().poorFit()));
    }

    private boolean running() {
        return yesNo(Question.RUNNING, defaults.map(a -> a.footwear().running()));
    }

    private String notes() {
        return ask(Question.FOOTWEAR_NOTES, Optional.of(defaults.map(a -> a.footwear().notes()).orElse("")),
                Function.identity(), text -> text.equals(CLEAR) ? "" : Values.notes(text));
    }

    private Abilities abilities() {
        return new Abilities(standOnOneLeg(), lieOnFloor(), sitOnFloor());
    }

    private boolean standOnOneLeg() {
        return yesNo(Question.STAND_ON_ONE_LEG, defaults.map(a -> a.abilities().standOnOneLeg()));
    }

    private boolean lieOnFloor() {
        return yesNo(Question.LIE_ON_FLOOR, defaults.map(a -> a.abilities().lieOnFloor()));
    }

    private boolean sitOnFloor() {
        return yesNo(Question.SIT_ON_FLOOR, defaults.map(a -> a.abilities().sitOnFloor()));
    }

    private Set<Equipment> equipment() {
        return ask(Question.EQUIPMENT, defaults.map(Answers::equipment), Review::equipment,
                text -> Typed.enumSet(Typed.list(text, true, Values::equipment), Equipment.class));
    }

    private int sessionMinutes() {
        return number(Question.SESSION_MINUTES,
                Optional.of(defaults.map(Answers::sessionMinutes).orElse(Suggestions.SESSION_MINUTES)));
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
        return number(Question.SESSIONS_PER_WEEK,
                Optional.of(before().map(Schedule::sessionsPerWeek).orElse(Suggestions.SESSIONS)));
    }

    private LocalTime time() {
        return ask(Question.TIME, Optional.of(before().map(Schedule::time).orElse(Suggestions.TIME)),
                Values::timeText, Values::timeOfDay);
    }

    private ZoneId zone() {
        return ask(Question.TIMEZONE, before().map(Schedule::zone).or(() -> defaultZone), ZoneId::getId,
                Values::zone);
    }

    private LocalDate start() {
        return ask(Question.START, Optional.of(before().map(Schedule::start).orElse(defaultStart)),
                LocalDate::toString, Values::date);
    }

    private int weeks() {
        return number(Question.WEEKS, Optional.of(before().map(Schedule::weeks).orElse(Suggestions.WEEKS)));
    }

    private int reminder() {
        return number(Question.REMINDER_MINUTES,
                Optional.of(before().map(Schedule::reminderMinutes).orElse(Schedule.DEFAULT_REMINDER_MINUTES)));
    }

    private TreeSet<LocalDate> skip(Optional<Schedule> before) {
        return ask(Question.SKIP, Optional.of(before.map(s -> new TreeSet<>(s.skip())).orElse(new TreeSet<>())),
                Review::dates, text -> new TreeSet<>(Typed.list(text, true, Values::date)));
    }

    private Set<DayOfWeek> days(int sessions, Optional<Schedule> before) {
        Set<DayOfWeek> fallback = before.map(Schedule::days).filter(d -> d.size() >= sessions)
                .orElse(Suggestions.days(sessions));
        return prompter.ask(String.format(Locale.ROOT, Question.DAYS.prompt(), sessions), Question.DAYS.help(),
                Optional.of(fallback), Review::days,
                text -> Typed.enoughDays(Typed.list(text, false, Values::day), sessions));
    }

    private String name() {
        return ask(Question.NAME, Optional.of(defaults.map(Answers::name).orElse("")), Function.identity(),
                text -> text.equals(CLEAR) ? "" : Values.name(text));
    }

    /** Asks {@code question} in its catalogue words. */
    private <T> T ask(Question question, Optional<T> fallback, Function<T, String> show, TextParser<T> parser) {
        return prompter.ask(question.prompt(), question.help(), fallback, show, parser);
    }

    private boolean yesNo(Question question, Optional<Boolean> fallback) {
        return prompter.yesNo(question.prompt(), question.help(), fallback);
    }

    /** A number within the bounds the catalogue gives the question. */
    private int number(Question question, Optional<Integer> fallback) {
        Question.Field field = question.field();
        return ask(question, fallback, String::valueOf, text -> Values.wholeNumber(text, field.min(), field.max()));
    }

    private void heading(Question.Group group) {
        prompter.say("");
        prompter.say(group.title() + ":");
    }
}
