package footplan.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.TestRules;
import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.Schedule;
import footplan.rules.Explanation;
import footplan.rules.PlannedExercise;
import footplan.rules.Position;
import footplan.rules.Referral;
import footplan.rules.Routine;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code ?} says an answer changes is what the rules do with it: each test reads the help a person gets, as
 * the questionnaire prints it, and checks each claim it makes against the plan the real rules make.
 */
class HelpTextsTest {

    /** The help printed for each question, by the start of the question. */
    private static String printed;

    /** An answer to each question of the catalogue but the safety ones, which are all answered n. */
    private static final Map<Question, String> ANSWERS = answers();

    private static Map<Question, String> answers() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.PAIN_AREAS, "knee");
        answers.put(Question.PAIN_LEVEL, "4");
        List.of(Question.LEG_RADIATING, Question.HIGH_HEELS, Question.POINTED_TOES, Question.POOR_FIT,
                Question.RUNNING).forEach(q -> answers.put(q, "n"));
        answers.put(Question.FOOTWEAR_NOTES, "-");
        List.of(Question.STAND_ON_ONE_LEG, Question.LIE_ON_FLOOR, Question.SIT_ON_FLOOR)
                .forEach(q -> answers.put(q, "y"));
        answers.put(Question.EQUIPMENT, "chair, band, towel");
        answers.put(Question.SESSION_MINUTES, "20");
        answers.put(Question.SESSIONS_PER_WEEK, "3");
        answers.put(Question.DAYS, "mon, wed, fri");
        answers.put(Question.TIME, "07:30");
        answers.put(Question.TIMEZONE, "Europe/Berlin");
        answers.put(Question.START, "2026-12-01");
        answers.put(Question.WEEKS, "6");
        answers.put(Question.REMINDER_MINUTES, "10");
        answers.put(Question.SKIP, "none");
        answers.put(Question.NAME, "-");
        return answers;
    }

    /** Answers a "?" to every question of the catalogue, in its order, then answers it, and quits unsaved. */
    @BeforeAll
    static void askForHelpEverywhere() {
        List<String> lines = new ArrayList<>();
        for (Question question : Question.values()) {
            lines.addAll(List.of("?", question.safety().isPresent() ? "n" : ANSWERS.get(question)));
        }
        lines.add("n");
        StringWriter out = new StringWriter();
        Questionnaire.Screen rules = (safety, pain) -> TestRules.BOOK.screen(safety, pain).map(Referral::reasons)
                .orElse(List.of());
        Questionnaire.Outcome outcome = new Questionnaire(new BufferedReader(new StringReader(String.join("\n", lines)
                + "\n")), new PrintWriter(out), rules, Optional.empty(), ZoneId.of("Europe/Berlin"),
                LocalDate.of(2026, 12, 1)).ask();
        assertThat(outcome).isInstanceOf(Questionnaire.Cancelled.class);
        printed = out.toString();
    }

    /** The terminal asks the catalogue's questions in its order, each in its words and with its help. */
    @Test
    void theTerminalAsksTheCatalogueInOrderWithItsHelp() {
        int from = 0;
        for (Question question : Question.values()) {
            String prompt = String.format(Locale.ROOT, question.prompt(), 3);
            int at = printed.indexOf(prompt, from);
            assertThat(at).as("%s asked after the one before", question).isGreaterThanOrEqualTo(from);
            assertThat(helpAfterPrompt(printed.substring(at))).as(question.key()).isEqualTo(question.help());
            from = at + prompt.length();
        }
    }

    /**
     * The help shown after the question that starts so. The answers are not echoed, so a prompt, its help (after
     * ": " and two spaces) and the next prompt share lines.
     */
    private static String help(String question) {
        int at = printed.indexOf(question);
        if (at < 0) {
            throw new AssertionError("no \"" + question + "\" in:\n" + printed);
        }
        return helpAfterPrompt(printed.substring(at));
    }

    /** The help on the line that starts with a prompt. */
    private static String helpAfterPrompt(String fromPrompt) {
        int help = fromPrompt.indexOf(":   ");
        if (help < 0) {
            throw new AssertionError("no help after \"" + fromPrompt.lines().findFirst().orElse("") + "\"");
        }
        return fromPrompt.substring(help + 4, fromPrompt.indexOf('\n', help));
    }

    /** A person with no pain area, pain 3, ordinary shoes, who can do everything, has everything and 40 minutes. */
    private static Answers person(UnaryOperator<Builder> change) {
        return change.apply(new Builder()).build();
    }

    private static final class Builder {
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        int level = 3;
        boolean leg;
        boolean heels;
        boolean pointed;
        boolean poorFit;
        boolean running;
        String notes = "";
        boolean oneLeg = true;
        boolean lie = true;
        boolean sit = true;
        Set<Equipment> equipment = EnumSet.allOf(Equipment.class);
        int minutes = 40;
        int weeks = 6;

        Builder with(UnaryOperator<Builder> change) {
            return change.apply(this);
        }

        Answers build() {
            return new Answers("", new Pain(areas, level, leg), Safety.allClear(),
                    new Footwear(heels, pointed, poorFit, running, notes), new Abilities(oneLeg, lie, sit), equipment,
                    minutes, new Schedule(3, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 12, 1), weeks, 10,
                    new TreeSet<>()));
        }
    }

    private static Routine plan(UnaryOperator<Builder> change) {
        return TestRules.BOOK.prescribe(person(change));
    }

    private static final Pattern EMPHASIS = Pattern.compile(" has (no|\\d+) points? of emphasis|has no emphasis");

    /**
     * The points of emphasis an exercise gets from the answers, as the order rules explain them: more points make it
     * more important (earlier in its position, shortened and dropped last; the order and budget tests check that).
     */
    private static int points(Routine routine, String exercise) {
        for (Explanation e : routine.explanations()) {
            Matcher m = EMPHASIS.matcher(e.reason());
            if (exercise.equals(e.exercise()) && m.find()) {
                return m.group(1) == null || m.group(1).equals("no") ? 0 : Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no emphasis for " + exercise);
    }

    /** The change gives more emphasis to exactly these exercises. */
    private static void moreImportant(UnaryOperator<Builder> change, String... exercises) {
        Routine before = plan(b -> b);
        Routine after = plan(change);
        for (String id : List.of("heel-raises", "toe-walking", "ankle-circles", "tibialis-anterior", "toe-curls")) {
            if (List.of(exercises).contains(id)) {
                assertThat(points(after, id)).as(id).isGreaterThan(points(before, id));
            } else {
                assertThat(points(after, id)).as(id).isEqualTo(points(before, id));
            }
        }
        // More important and nothing else: the same exercises, the same doses.
        assertThat(doses(after)).containsExactlyInAnyOrderElementsOf(doses(before));
    }

    private static List<String> doses(Routine routine) {
        List<String> doses = new ArrayList<>();
        routine.weeks().forEach(w -> w.exercises().forEach(e -> doses.add(w.week() + " " + e.id() + " "
                + e.dosage() + " " + e.name())));
        return doses;
    }

    private static PlannedExercise exercise(Routine routine, String id) {
        return routine.week(1).exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static boolean has(Routine routine, String id) {
        return routine.week(1).exercises().stream().anyMatch(e -> e.id().equals(id));
    }

    @Test
    void painAreas() {
        assertThat(help("Where do you have pain?")).contains("Knee pain makes tibialis anterior more important",
                "hip pain tibialis anterior and heel raises", "back pain heel raises",
                "Every routine has all five exercises");
        moreImportant(b -> b.with(x -> { x.areas = EnumSet.of(PainArea.KNEE); return x; }), "tibialis-anterior");
        moreImportant(b -> b.with(x -> { x.areas = EnumSet.of(PainArea.HIP); return x; }), "tibialis-anterior",
                "heel-raises");
        moreImportant(b -> b.with(x -> { x.areas = EnumSet.of(PainArea.BACK); return x; }), "heel-raises");
        for (Set<PainArea> areas : List.of(EnumSet.noneOf(PainArea.class), EnumSet.allOf(PainArea.class))) {
            assertThat(plan(b -> b.with(x -> { x.areas = areas; return x; })).week(1).exercises()).hasSize(5);
        }
    }

    @Test
    void painLevel() {
        assertThat(help("Pain level on a typical day")).contains("Below 5 the doses start at the low end",
                "build up to the high end", "5 to 7 keeps them at the low end all program",
                "8 or more on a typical day means seeing a clinician first");
        Routine low = plan(b -> b.with(x -> { x.level = 4; return x; }));
        assertThat(exercise(low, "heel-raises").reps()).isEqualTo(10);
        assertThat(low.week(6).exercises().get(0).reps()).isEqualTo(20);
        Routine moderate = plan(b -> b.with(x -> { x.level = 7; return x; }));
        moderate.weeks().forEach(w -> assertThat(w.exercises().get(0).reps()).isEqualTo(10));
        assertThat(plan(b -> b.with(x -> { x.level = 8; return x; })).referred()).isTrue();
    }

    @Test
    void legRadiating() {
        assertThat(help("Does the pain travel down your leg")).contains("advice on when to see a clinician",
                "if you also wear high heels, pointed shoes or shoes that fit badly",
                "unsuitable shoes can make sciatica worse", "It does not change the exercises or their doses");
        Routine without = plan(b -> b);
        Routine with = plan(b -> b.with(x -> { x.leg = true; return x; }));
        assertThat(doses(with)).isEqualTo(doses(without));
        assertThat(with.advice()).hasSize(without.advice().size() + 1)
                .anyMatch(a -> a.contains("see a clinician")).noneMatch(a -> a.contains("sciatica"));
        for (UnaryOperator<Builder> shoes : List.<UnaryOperator<Builder>>of(x -> { x.heels = true; return x; },
                x -> { x.pointed = true; return x; }, x -> { x.poorFit = true; return x; })) {
            Routine legAndShoes = plan(b -> shoes.apply(b).with(x -> { x.leg = true; return x; }));
            assertThat(legAndShoes.advice()).anyMatch(a -> a.contains("sciatica") && a.contains("shoes"));
            assertThat(plan(shoes).advice()).noneMatch(a -> a.contains("sciatica"));
        }
    }

    @Test
    void highHeelsAndPointedShoes() {
        assertThat(help("Do you often wear high heels?")).contains("toe walking and toe curls more important",
                "the last to be shortened or dropped", "advice on footwear");
        assertThat(help("Do you often wear shoes with pointed toes?")).contains("toe walking and toe curls more"
                + " important", "advice on footwear");
        for (UnaryOperator<Builder> shoes : List.<UnaryOperator<Builder>>of(x -> { x.heels = true; return x; },
                x -> { x.pointed = true; return x; })) {
            moreImportant(shoes, "toe-walking", "toe-curls");
            assertThat(plan(shoes).advice()).anyMatch(a -> a.contains("unnatural shapes"));
        }
        assertThat(plan(b -> b).advice()).noneMatch(a -> a.contains("unnatural shapes"));
    }

    @Test
    void poorFit() {
        assertThat(help("Do your shoes fit poorly")).contains("a yes adds its advice on footwear",
                "It does not change the exercises");
        Routine poorFit = plan(b -> b.with(x -> { x.poorFit = true; return x; }));
        assertThat(poorFit.advice()).anyMatch(a -> a.contains("do not fit properly"));
        assertThat(doses(poorFit)).isEqualTo(doses(plan(b -> b)));
        assertThat(poorFit.explanations().stream().filter(e -> e.reason().contains("points of emphasis"))).isEmpty();
    }

    /** Running once promised exercises for the shins and calves and advice on worn shoes, which no rule gives. */
    @Test
    void running() {
        assertThat(help("Do you run?")).contains("towel toe curls particularly good for runners",
                "a yes makes toe curls more important").doesNotContain("shins", "calves", "worn");
        moreImportant(b -> b.with(x -> { x.running = true; return x; }), "toe-curls");
        assertThat(plan(b -> b.with(x -> { x.running = true; return x; })).advice())
                .isEqualTo(plan(b -> b).advice());
    }

    @Test
    void footwearNotes() {
        assertThat(help("Anything else about your shoes?")).contains("heels, narrow, worn or running",
                "counts like a yes to its question", "the plan lists the words understood");
        assertThat(doses(plan(b -> b.with(x -> { x.notes = "stilettos and narrow shoes, I jog"; return x; }))))
                .isEqualTo(doses(plan(b -> b.with(x -> { x.heels = true; x.pointed = true; x.running = true;
                    return x; }))));
        assertThat(plan(b -> b.with(x -> { x.notes = "worn"; return x; })).notes())
                .contains("Understood in your footwear notes: \"worn\" (shoes that do not fit well).");
    }

    @Test
    void standOnOneLeg() {
        assertThat(help("Can you stand on one leg")).contains("heel raises are done on both feet at once",
                "holding on with both hands", "toe walking", "is left out");
        Routine cannot = plan(b -> b.with(x -> { x.oneLeg = false; return x; }));
        assertThat(exercise(cannot, "heel-raises").perSide()).isFalse();
        assertThat(exercise(cannot, "heel-raises").steps()).anyMatch(s -> s.contains("both hands"));
        assertThat(has(cannot, "toe-walking")).isFalse();
    }

    @Test
    void lieOnFloor() {
        assertThat(help("Can you lie down on the floor")).contains("ankle circles are done lying on your bed");
        PlannedExercise circles = exercise(plan(b -> b.with(x -> { x.lie = false; return x; })), "ankle-circles");
        assertThat(circles.steps().get(0)).contains("on your bed");
    }

    @Test
    void sitOnFloor() {
        assertThat(help("Can you sit on the floor")).contains("tibialis anterior is done sitting on a chair",
                "left out when you have no chair");
        assertThat(exercise(plan(b -> b.with(x -> { x.sit = false; return x; })), "tibialis-anterior").position())
                .isEqualTo(Position.SITTING_ON_CHAIR);
        assertThat(has(plan(b -> b.with(x -> { x.sit = false; x.equipment.remove(Equipment.CHAIR); return x; })),
                "tibialis-anterior")).isFalse();
    }

    @Test
    void equipment() {
        assertThat(help("What do you have at home?")).contains("Without a chair, heel raises are done holding a"
                + " kitchen counter and toe curls sitting on the edge of a bed or sofa",
                "without a band, tibialis anterior pulls against no resistance",
                "without a towel, toe curls use a small cloth");
        Routine noChair = plan(b -> b.with(x -> { x.equipment.remove(Equipment.CHAIR); return x; }));
        assertThat(exercise(noChair, "heel-raises").steps().get(0)).contains("kitchen counter");
        assertThat(exercise(noChair, "toe-curls").steps().get(0)).contains("edge of a bed or sofa");
        Routine noBand = plan(b -> b.with(x -> { x.equipment.remove(Equipment.BAND); return x; }));
        assertThat(exercise(noBand, "tibialis-anterior").adaptation()).contains("no resistance");
        Routine noTowel = plan(b -> b.with(x -> { x.equipment.remove(Equipment.TOWEL); return x; }));
        assertThat(exercise(noTowel, "toe-curls").steps().get(0)).contains("small cloth");
    }

    @Test
    void sessionMinutes() {
        assertThat(help("Minutes per session")).contains("the least important exercise is kept at the low end of"
                + " its range first", "left out only when that is not enough");
        Routine tight = plan(b -> b.with(x -> { x.minutes = 10; x.areas = EnumSet.of(PainArea.KNEE); return x; }));
        assertThat(tight.notes()).anyMatch(n -> n.contains("stays at the low end of its range"))
                .anyMatch(n -> n.contains("is left out to fit your 10 minutes"));
        assertThat(has(tight, "tibialis-anterior")).isTrue();
    }

    @Test
    void programLength() {
        assertThat(help("Program length in weeks")).contains("low end of the article's ranges in week 1",
                "unless your pain is 5 or more", "reach the high end in the last week");
        Routine program = plan(b -> b.with(x -> { x.weeks = 3; return x; }));
        assertThat(exercise(program, "heel-raises").reps()).isEqualTo(10);
        assertThat(program.week(3).exercises().get(0).reps()).isEqualTo(20);
    }
}
