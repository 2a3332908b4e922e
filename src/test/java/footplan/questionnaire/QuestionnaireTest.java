package footplan.questionnaire;

import footplan.TestRules;
import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import footplan.rules.Referral;
import static footplan.answers.AnswersFixtures.validAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int SAFETY_QUESTIONS = SafetyQuestion.values().length;

    /** What the questionnaire returned and everything it printed. */
    private record Run(Questionnaire.Outcome outcome, String output) {
        Answers answers() {
            return assertInstanceOf(Questionnaire.Completed.class, outcome).answers();
        }

        List<String> changes() {
            return assertInstanceOf(Questionnaire.Completed.class, outcome).changes();
        }

        int count(String text) {
            return output.split(java.util.regex.Pattern.quote(text), -1).length - 1;
        }
    }

    /** The project's safety rules, as footplan's questionnaire command asks them. */
    private static final Questionnaire.Screen RULES = (safety, pain) -> TestRules.BOOK.screen(safety, pain)
            .map(Referral::reasons).orElse(List.of());

    /** What the safety rules say to these answers. */
    private static Questionnaire.SafetyStop referral(Safety safety, Optional<Pain> pain) {
        return new Questionnaire.SafetyStop(TestRules.BOOK.screen(safety, pain).orElseThrow().reasons());
    }

    private static Run run(Optional<Answers> previous, ZoneId zone, List<String> lines) {
        return run(RULES, previous, zone, lines);
    }

    private static Run run(Questionnaire.Screen screen, Optional<Answers> previous, ZoneId zone, List<String> lines) {
        String input = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        StringWriter printed = new StringWriter();
        Questionnaire questionnaire = new Questionnaire(new BufferedReader(new StringReader(input)),
                new PrintWriter(printed), screen, previous, zone, TODAY);
        Questionnaire.Outcome outcome = questionnaire.ask();
        return new Run(outcome, printed.toString());
    }

    private static Run firstRun(List<String> lines) {
        return run(Optional.empty(), BERLIN, lines);
    }

    private static Run update(List<String> lines) {
        return run(Optional.of(validAnswers()), BERLIN, lines);
    }

    private static List<String> lines(Object... parts) {
        List<String> lines = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(line -> lines.add((String) line));
            } else {
                lines.add((String) part);
            }
        }
        return lines;
    }

    private static List<String> times(int n, String line) {
        return Collections.nCopies(n, line);
    }

    /** First-run answers up to and including the pain level. */
    private static List<String> safeUpToLevel(String level) {
        return lines(times(SAFETY_QUESTIONS, "n"), "knee, back", level);
    }

    /** A complete first run that gives the answers of the design example. */
    private static List<String> designExample() {
        return lines(safeUpToLevel("4"),
                "n",                                 // leg radiating
                "y", "n", "n", "y",                  // heels, pointed, poor fit, running
                "heels at work three days a week",   // notes
                "y", "y", "y",                       // one leg, lie, sit
                "chair, band, towel",                // equipment
                "", "", "", "", "", "", "", "",      // minutes .. reminder: the offered defaults
                "2026-12-24",                        // skip
                "Alex",                              // name
                "");                                 // save
    }

    /** An update that changes only the pain level. */
    private static List<String> updateWithLevel(String level) {
        return lines(times(SAFETY_QUESTIONS, "n"), "", level, times(21, ""), "");
    }

    @Test
    void aFirstRunGivesTheAnswersTyped() {
        Run run = firstRun(designExample());
        Answers a = run.answers();
        assertEquals("Alex", a.name());
        assertEquals(Set.of(PainArea.KNEE, PainArea.BACK), a.pain().areas());
        assertEquals(4, a.pain().level());
        assertFalse(a.pain().legRadiating());
        assertTrue(a.safety().yes().isEmpty());
        assertEquals(new Footwear(true, false, false, true, "heels at work three days a week"), a.footwear());
        assertEquals(new Abilities(true, true, true), a.abilities());
        assertEquals(Set.of(Equipment.CHAIR, Equipment.BAND, Equipment.TOWEL), a.equipment());
        assertEquals(20, a.sessionMinutes());
        Schedule s = a.schedule();
        assertEquals(3, s.sessionsPerWeek());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), s.days());
        assertEquals(LocalTime.of(7, 30), s.time());
        assertEquals(BERLIN, s.zone());
        assertEquals(TODAY, s.start());
        assertEquals(6, s.weeks());
        assertEquals(10, s.reminderMinutes());
        assertEquals(Set.of(LocalDate.of(2026, 12, 24)), s.skip());
        assertEquals(validAnswers(), a);
        assertEquals(List.of(), run.changes());
    }

    @Test
    void aFirstRunShowsTheSummaryAndAsksToSave() {
        String out = firstRun(designExample()).output();
        assertTrue(out.startsWith("Answer each question and press Enter."));
        assertTrue(out.contains("Your answers:\n   1. name: Alex\n   2. pain areas: back, knee\n"
                + "   3. pain level: 4 of 10\n   4. pain down the leg: no\n   5. safety: no warning signs\n"), out);
        assertTrue(out.contains("  16. sessions per week: 3\n  17. days: mon, wed, fri\n  18. time: 07:30\n"
                + "  19. time zone: Europe/Berlin\n"), out);
        assertTrue(out.contains("  23. skipped dates: 2026-12-24\n"), out);
        assertTrue(out.contains("Save these answers and make the plan? [Y = save, c = change one,"
                + " n = quit without saving]: "), out);
        assertFalse(out.contains("since last time"));
    }

    @Test
    void theAnswersOfAFirstRunCanBeSavedAndReadBack() {
        Answers answers = firstRun(designExample()).answers();
        assertEquals(answers, AnswersFile.parse(AnswersFile.toYaml(answers), "answers.yaml"));
    }

    @Test
    void anUpdateKeepsEveryAnswerButTheOneChanged() {
        Run run = update(updateWithLevel("6"));
        Answers expected = validAnswers();
        expected = new Answers(expected.name(), new Pain(expected.pain().areas(), 6, false), expected.safety(),
                expected.footwear(), expected.abilities(), expected.equipment(), expected.sessionMinutes(),
                expected.schedule());
        assertEquals(expected, run.answers());
        assertEquals(List.of("pain level changed from 4 to 6"), run.changes());
        assertTrue(run.output().contains("Changes since last time:\n  - pain level changed from 4 to 6\n"));
    }

    @Test
    void everyPromptOfAnUpdateOffersTheEarlierAnswer() {
        String out = update(updateWithLevel("")).output();
        for (String prompt : List.of(
                "Where do you have pain? back, hip, knee, comma-separated, or none [back, knee]: ",
                "Pain level on a typical day, 0-10 [4]: ",
                "Do you often wear high heels? y/n [y]: ",
                "Anything else about your shoes? free text, - for none [heels at work three days a week]: ",
                "What do you have at home? chair, band, towel, comma-separated, or none [chair, band, towel]: ",
                "Minutes per session, 10-40 [20]: ",
                "Sessions per week, 2 or 3 [3]: ",
                "Days you could train, at least 3 of mon, tue, wed, thu, fri, sat, sun, comma-separated"
                        + " [mon, wed, fri]: ",
                "Time of day, HH:MM or like 6:30pm [07:30]: ",
                "Time zone, an IANA zone id such as Europe/Berlin [Europe/Berlin]: ",
                "First day of the program, YYYY-MM-DD [2026-12-01]: ",
                "Program length in weeks, 1-26 [6]: ",
                "Reminder before each session in minutes, 0-1440, 0 for none [10]: ",
                "Dates with no session, YYYY-MM-DD comma-separated, or none [2026-12-24]: ",
                "Your name for the calendar, optional, - for none [Alex]: ")) {
            assertTrue(out.contains(prompt), () -> "missing prompt: " + prompt + "\nin\n" + out);
        }
    }

    @Test
    void anUpdateWithNoChangeSaysSo() {
        Run run = update(updateWithLevel(""));
        assertEquals(validAnswers(), run.answers());
        assertEquals(List.of(), run.changes());
        assertTrue(run.output().contains("No changes since last time."));
    }

    @Test
    void anUpdateNamesEveryChangeInPlainWords() {
        List<String> lines = lines(times(SAFETY_QUESTIONS, "n"), "knee", "", times(5, ""), "-", times(3, ""),
                "none", "", "2", "", "18:00", "", "", "", "", "none", "-", "");
        Run run = update(lines);
        assertEquals(List.of("name changed from \"Alex\" to (none)",
                "pain areas changed from back, knee to knee",
                "shoe notes changed from \"heels at work three days a week\" to (none)",
                "equipment changed from chair, band, towel to none",
                "sessions per week changed from 3 to 2",
                "time changed from 07:30 to 18:00",
                "skipped dates changed from 2026-12-24 to none"), run.changes());
    }

    @Test
    void aNumberOutOfRangeIsAskedAgainWithAHint() {
        Run run = firstRun(lines(safeUpToLevel("12"), "4", designExample().subList(SAFETY_QUESTIONS + 2, 31)));
        assertEquals(4, run.answers().pain().level());
        assertTrue(run.output().contains("  12 is out of range; allowed 0-10.\n"));
        assertEquals(2, run.count("Pain level on a typical day, 0-10: "));
    }

    @Test
    void everyKindOfBadAnswerIsAskedAgain() {
        List<String> lines = lines(times(SAFETY_QUESTIONS - 1, "n"), "maybe", "n",
                "knee, neck", "knee, knee", "knee, back", "four", "4",
                "n", "y", "n", "n", "y", "heels at work three days a week", "y", "y", "y",
                "chair, dumbbell", "chair, band, towel", "45", "", "", "mon", "monday, wednesday, friday",
                "25:00", "7.30", "07:30", "Mars/Olympus", "", "2026-02-30", "", "27", "", "", "2026-12-24", "Alex", "");
        Run run = firstRun(lines);
        assertEquals(validAnswers(), run.answers());
        for (String hint : List.of("\"maybe\" is not an answer here; type y or n.",
                "\"neck\" is not a pain area; allowed: back, hip, knee.",
                "\"knee\" is listed twice; list each one once.",
                "\"four\" is not a whole number; allowed 0-10.",
                "\"dumbbell\" is not equipment we know; allowed: chair, band, towel.",
                "45 is out of range; allowed 10-40.",
                "choose at least 3 days for 3 sessions a week.",
                "\"25:00\" is not a time of day (HH:MM).",
                "\"7.30\" is not a time of day (HH:MM); write it with a colon, in quotes: \"07:30\".",
                "\"Mars/Olympus\" is not a known time zone; write an IANA zone id such as Europe/Berlin.",
                "\"2026-02-30\" is not a real date: February 2026 has 28 days.",
                "27 is out of range; allowed 1-26.")) {
            assertTrue(run.output().contains("  " + hint + "\n"), () -> "missing hint: " + hint);
        }
    }

    @Test
    void aTwelveHourTimeIsATimeOfDay() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 15, "6:30 pm");
        assertEquals(LocalTime.of(18, 30), firstRun(lines).answers().schedule().time());
    }

    @Test
    void aTwelveHourTimeThatCannotBeIsAskedAgainSayingWhatIsAllowed() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 15, "13pm");
        lines.add(SAFETY_QUESTIONS + 16, "6:75pm");
        lines.add(SAFETY_QUESTIONS + 17, "12am");
        Run run = firstRun(lines);
        assertEquals(LocalTime.MIDNIGHT, run.answers().schedule().time());
        assertTrue(run.output().contains("  \"13pm\" is not a time of day (HH:MM, 24-hour, or like 6pm or 6:30pm);"
                + " with am or pm the hour goes from 1 to 12.\n"), run::output);
        assertTrue(run.output().contains("  \"6:75pm\" is not a time of day (HH:MM, 24-hour, or like 6pm or"
                + " 6:30pm); the minutes go from 00 to 59.\n"), run::output);
        assertEquals(3, run.count("Time of day, HH:MM or like 6:30pm [07:30]: "));
    }

    @Test
    void aZoneAbbreviationIsAskedAgainNamingTheZoneMeant() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 16, "EST");
        lines.add(SAFETY_QUESTIONS + 17, "America/New_York");
        Run run = firstRun(lines);
        assertEquals(ZoneId.of("America/New_York"), run.answers().schedule().zone());
        assertTrue(run.output().contains("  \"EST\" is not a known time zone; did you mean America/New_York?"
                + " Write an IANA zone id such as Europe/Berlin.\n"), run::output);
        assertFalse(run.output().contains("?."), run::output);
    }

    @Test
    void aCityNameIsAskedAgainNamingItsZone() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 16, "new york");
        lines.add(SAFETY_QUESTIONS + 17, "");
        Run run = firstRun(lines);
        assertEquals(BERLIN, run.answers().schedule().zone());
        assertTrue(run.output().contains("  \"new york\" is not a known time zone; did you mean America/New_York?"
                + " Write an IANA zone id such as Europe/Berlin.\n"), run::output);
    }

    @Test
    void aQuestionWithoutADefaultNeedsAnAnswer() {
        Run run = firstRun(lines(safeUpToLevel(""), "4", designExample().subList(SAFETY_QUESTIONS + 2, 31)));
        assertEquals(4, run.answers().pain().level());
        assertTrue(run.output().contains("  Please type an answer (? tells you why it is asked).\n"));
    }

    @Test
    void aQuestionMarkExplainsTheQuestionAndAsksAgain() {
        Run run = firstRun(lines(safeUpToLevel("?"), "4", designExample().subList(SAFETY_QUESTIONS + 2, 31)));
        assertEquals(4, run.answers().pain().level());
        assertTrue(run.output().contains("Pain level on a typical day, 0-10: "
                + "  Below 5 the doses start at the low end of the article's ranges and build up to the high end;"
                + " 5 to 7 keeps them at the low end all program; 8 or more on a typical day means seeing a"
                + " clinician first.\n"
                + "Pain level on a typical day, 0-10: "));
    }

    @Test
    void aYesToTheFirstSafetyQuestionStopsAtOnce() {
        Run run = firstRun(lines("y", "n", "n"));
        assertEquals(referral(new Safety(Set.of(SafetyQuestion.SADDLE_NUMBNESS)), Optional.empty()), run.outcome());
        assertEquals(1, run.count("y/n"));
        assertFalse(run.output().contains("Where do you have pain"));
    }

    @Test
    void aYesToALaterSafetyQuestionNamesThatSign() {
        Run run = firstRun(lines("n", "n", "n", "yes"));
        assertEquals(referral(new Safety(Set.of(SafetyQuestion.RECENT_FALL_OR_INJURY)), Optional.empty()),
                run.outcome());
        assertTrue(run.outcome().toString().contains("a recent fall or injury"));
    }

    @Test
    void theSafetyQuestionsOfAnUpdateHaveNoDefault() {
        String out = update(updateWithLevel("")).output();
        assertTrue(out.contains("Safety first: do you have any of these? They are asked afresh each time,"
                + " with no default.\n"), out);
        for (SafetyQuestion question : SafetyQuestion.values()) {
            String prompt = safetyPrompt(question);
            assertTrue(out.contains(prompt), () -> "missing prompt: " + prompt + "\nin\n" + out);
            assertFalse(out.contains(prompt.replace(": ", " [n]: ")), out);
        }
    }

    private static String safetyPrompt(SafetyQuestion question) {
        String description = question.description();
        return "  " + Character.toUpperCase(description.charAt(0)) + description.substring(1) + "? y/n: ";
    }

    @Test
    void enterAtASafetyQuestionOfAnUpdateAsksForAYOrAnN() {
        Run run = update(lines("", "", times(SAFETY_QUESTIONS, "n"), "", "", times(21, ""), ""));
        assertEquals(validAnswers(), run.answers());
        assertEquals(2, run.count("  Please answer y or n (? tells you why it is asked).\n"));
        assertEquals(3, run.count(safetyPrompt(SafetyQuestion.SADDLE_NUMBNESS)));
    }

    @Test
    void enterAloneNeverGetsThroughTheSafetyQuestions() {
        Run run = update(times(40, ""));
        assertEquals(new Questionnaire.Cancelled(true), run.outcome());
        assertFalse(run.output().contains("Where do you have pain"));
    }

    @Test
    void anEarlierYesIsNotTheDefaultEither() {
        Answers referral = AnswersFile.read(java.nio.file.Path.of("examples/referral.yaml"));
        Run run = run(Optional.of(referral), BERLIN, lines("", "n", "n", "n", "y"));
        assertTrue(run.output().contains("  A recent fall or injury? y/n: "), run::output);
        assertEquals(referral(new Safety(Set.of(SafetyQuestion.RECENT_FALL_OR_INJURY)), Optional.empty()),
                run.outcome());
    }

    @Test
    void painOfNineStopsTheQuestionnaire() {
        Run run = firstRun(lines(safeUpToLevel("9"), "n"));
        assertEquals(referral(Safety.allClear(), Optional.of(new Pain(EnumSet.of(PainArea.KNEE, PainArea.BACK), 9,
                false))), run.outcome());
        assertTrue(run.outcome().toString().contains("Your pain is 9 out of 10"));
        assertFalse(run.output().contains("travel down your leg"));
    }

    @Test
    void theRulesNotTheQuestionnaireDecideWhatStops() {
        List<String> everyAnswer = lines(times(SAFETY_QUESTIONS, "y"), "knee, back", "9",
                designExample().subList(SAFETY_QUESTIONS + 2, 31));
        List<String> asked = new ArrayList<>();
        Questionnaire.Screen neverRefers = (safety, pain) -> {
            asked.add(safety.yes().size() + " yes, pain " + pain.map(p -> Integer.toString(p.level())).orElse("-"));
            return List.of();
        };

        Run run = run(neverRefers, Optional.empty(), BERLIN, everyAnswer);

        assertEquals(9, run.answers().pain().level());
        assertEquals(SAFETY_QUESTIONS, run.answers().safety().yes().size());
        assertEquals(List.of("1 yes, pain -", "2 yes, pain -", "3 yes, pain -", "4 yes, pain -", "5 yes, pain -",
                "6 yes, pain -", "7 yes, pain -", "8 yes, pain -", "8 yes, pain 9"), asked);
    }

    @Test
    void painOfSevenDoesNotStop() {
        assertEquals(7, firstRun(lines(safeUpToLevel("7"), designExample().subList(SAFETY_QUESTIONS + 2, 31)))
                .answers().pain().level());
    }

    @Test
    void theEndOfInputHalfwayCancels() {
        Run run = firstRun(designExample().subList(0, 15));
        assertEquals(new Questionnaire.Cancelled(true), run.outcome());
    }

    @Test
    void noInputAtAllCancels() {
        Run run = firstRun(List.of());
        assertEquals(new Questionnaire.Cancelled(true), run.outcome());
        assertTrue(run.output().contains("Safety first"));
    }

    @Test
    void theEndOfInputAtTheConfirmationCancels() {
        List<String> lines = designExample();
        assertEquals(new Questionnaire.Cancelled(true), firstRun(lines.subList(0, lines.size() - 1)).outcome());
    }

    @Test
    void decliningToSaveCancels() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(lines.size() - 1, "n");
        assertEquals(new Questionnaire.Cancelled(false), firstRun(lines).outcome());
    }

    @Test
    void theConfirmationAcceptsYesAndExplainsItself() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(lines.size() - 1, "?");
        lines.add("later");
        lines.add("yes");
        Run run = firstRun(lines);
        assertEquals(validAnswers(), run.answers());
        assertTrue(run.output().contains("  y (or Enter) saves the answers file and makes the plan;"));
        assertTrue(run.output().contains("  \"later\" is not an answer here; type y to save, c to change one answer"
                + " or n to quit without saving.\n"));
    }

    /** The design example up to the save prompt, then these lines. */
    private static List<String> atTheEnd(String... lines) {
        List<String> all = new ArrayList<>(designExample());
        all.remove(all.size() - 1);
        all.addAll(List.of(lines));
        return all;
    }

    private static Answers withTime(Answers a, LocalTime time) {
        Schedule s = a.schedule();
        return new Answers(a.name(), a.pain(), a.safety(), a.footwear(), a.abilities(), a.equipment(),
                a.sessionMinutes(), new Schedule(s.sessionsPerWeek(), s.days(), time, s.zone(), s.start(), s.weeks(),
                s.reminderMinutes(), s.skip()));
    }

    @Test
    void changeOneAsksThatQuestionAgainAndShowsTheSummaryAgain() {
        Run run = firstRun(atTheEnd("c", "18", "6pm", ""));
        assertEquals(withTime(validAnswers(), LocalTime.of(18, 0)), run.answers());
        assertEquals(2, run.count("Your answers:"));
        assertEquals(2, run.count("Time of day, HH:MM or like 6:30pm [07:30]: "), run::output);
        assertTrue(run.output().contains("Which answer do you want to change? 1-23 or its name, such as time [none]: "
                + "Time of day, HH:MM or like 6:30pm [07:30]: \n"), run::output);
        assertTrue(run.output().contains("  18. time: 18:00\n"), run::output);
        assertEquals(2, run.count("Save these answers and make the plan? [Y = save"));
    }

    @Test
    void theAnswerToChangeMayBeNamedByItsLabelOrItsKey() {
        for (String name : List.of("time", "TIME", "schedule.time", "time of day", " 18 ")) {
            Run run = firstRun(atTheEnd("change", name, "6:30 pm", "y"));
            assertEquals(LocalTime.of(18, 30), run.answers().schedule().time(), name);
        }
        assertEquals(ZoneId.of("Asia/Tokyo"), firstRun(atTheEnd("c", "timezone", "Asia/Tokyo", "save"))
                .answers().schedule().zone());
        assertEquals(6, firstRun(atTheEnd("c", "pain level", "6", "")).answers().pain().level());
        assertEquals(6, firstRun(atTheEnd("c", "pain.level", "6", "")).answers().pain().level());
        assertFalse(firstRun(atTheEnd("c", "heels", "n", "")).answers().footwear().highHeels());
        assertEquals("", firstRun(atTheEnd("c", "notes", "-", "")).answers().footwear().notes());
        assertFalse(firstRun(atTheEnd("c", "lie_on_floor", "n", "")).answers().abilities().lieOnFloor());
        assertEquals(Set.of(), firstRun(atTheEnd("c", "skip", "none", "")).answers().schedule().skip());
        assertEquals("Sam", firstRun(atTheEnd("c", "1", "Sam", "")).answers().name());
    }

    @Test
    void anAnswerThatIsNotInTheSummaryIsAskedForAgain() {
        Run run = firstRun(atTheEnd("c", "shoe size", "24", "0", "time", "", ""));
        assertEquals(validAnswers(), run.answers());
        assertTrue(run.output().contains("  \"shoe size\" is not in the summary; type a number from 1 to 23, or a"
                + " name such as time or pain level.\n"), run::output);
        assertEquals(3, run.count("  \"24\" is not in the summary") + run.count("  \"0\" is not in the summary")
                + run.count("  \"shoe size\" is not in the summary"));
    }

    @Test
    void enterAtWhichAnswerChangesNothing() {
        Run run = firstRun(atTheEnd("c", "", ""));
        assertEquals(validAnswers(), run.answers());
        assertEquals(2, run.count("Your answers:"));
    }

    @Test
    void anUpdateShowsTheChangesAgainAfterAChange() {
        Run run = update(lines(times(SAFETY_QUESTIONS, "n"), times(22, ""), "c", "time", "18:00", ""));
        assertEquals(List.of("time changed from 07:30 to 18:00"), run.changes());
        assertTrue(run.output().contains("No changes since last time.\n"), run::output);
        assertTrue(run.output().contains("Changes since last time:\n  - time changed from 07:30 to 18:00\n"),
                run::output);
    }

    @Test
    void quittingAfterAChangeSavesNothing() {
        assertEquals(new Questionnaire.Cancelled(false), firstRun(atTheEnd("c", "time", "6pm", "n")).outcome());
        assertEquals(new Questionnaire.Cancelled(false), firstRun(atTheEnd("quit")).outcome());
    }

    @Test
    void theEndOfInputWhileChangingCancels() {
        assertEquals(new Questionnaire.Cancelled(true), firstRun(atTheEnd("c")).outcome());
        assertEquals(new Questionnaire.Cancelled(true), firstRun(atTheEnd("c", "time")).outcome());
        assertEquals(new Questionnaire.Cancelled(true), firstRun(atTheEnd("c", "time", "6pm")).outcome());
    }

    @Test
    void changingThePainLevelToEightOrMoreStopsAsTheFirstAnswerWould() {
        for (int level = 0; level <= Pain.MAX_LEVEL; level++) {
            Questionnaire.Outcome first = firstRun(lines(safeUpToLevel(String.valueOf(level)),
                    designExample().subList(SAFETY_QUESTIONS + 2, 31))).outcome();
            Questionnaire.Outcome changed = firstRun(atTheEnd("c", "pain level", String.valueOf(level), "")).outcome();
            assertEquals(first instanceof Questionnaire.SafetyStop, changed instanceof Questionnaire.SafetyStop,
                    "level " + level);
            if (first instanceof Questionnaire.SafetyStop) {
                assertEquals(first, changed);
            }
        }
        Questionnaire.Outcome nine = firstRun(atTheEnd("c", "3", "9", "")).outcome();
        assertTrue(nine instanceof Questionnaire.SafetyStop stop
                && stop.reasons().get(0).startsWith("Your pain is 9 out of 10"), nine::toString);
    }

    @Test
    void changingSafetyAsksEverySafetyQuestionAndAYesStops() {
        Run run = firstRun(atTheEnd("c", "safety", "n", "n", "n", "y"));
        assertEquals(referral(new Safety(Set.of(SafetyQuestion.RECENT_FALL_OR_INJURY)), Optional.empty()),
                run.outcome());
        Run allNo = firstRun(atTheEnd("c", "recent_fall_or_injury", "", "n", "n", "n", "n", "n", "n", "n", "n",
                ""));
        assertEquals(validAnswers(), allNo.answers());
        assertEquals(3, allNo.count(safetyPrompt(SafetyQuestion.SADDLE_NUMBNESS)));
        assertEquals(1, allNo.count("  Please answer y or n (? tells you why it is asked).\n"));
    }

    @Test
    void moreSessionsThanDaysAsksForTheDaysToo() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 13, "2");
        lines.remove(lines.size() - 1);
        lines.addAll(List.of("c", "sessions", "3", "", ""));
        Run run = firstRun(lines);
        assertEquals(3, run.answers().schedule().sessionsPerWeek());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                run.answers().schedule().days());
        assertTrue(run.output().contains("  3 sessions a week need at least 3 days.\nDays you could train, at least 3"
                + " of mon, tue, wed, thu, fri, sat, sun, comma-separated [mon, wed, fri]: "), run::output);
    }

    @Test
    void noneMeansPreventionAndNoEquipment() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS, "none");
        lines.set(SAFETY_QUESTIONS + 11, "none");
        Answers answers = firstRun(lines).answers();
        assertTrue(answers.pain().areas().isEmpty());
        assertTrue(answers.equipment().isEmpty());
    }

    @Test
    void twoSessionsOfferTwoDays() {
        List<String> lines = new ArrayList<>(designExample());
        lines.set(SAFETY_QUESTIONS + 13, "2");
        Run run = firstRun(lines);
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), run.answers().schedule().days());
        assertTrue(run.output().contains("at least 2 of mon, tue, wed, thu, fri, sat, sun, comma-separated [tue, fri]: "));
    }

    @Test
    void aBareUtcOffsetIsOfferedAsEtcUtc() {
        Run run = run(Optional.empty(), ZoneOffset.UTC, designExample());
        assertEquals(ZoneId.of("Etc/UTC"), run.answers().schedule().zone());
    }

    @Test
    void anotherOffsetIsNotOfferedAsAZone() {
        List<String> lines = new ArrayList<>(designExample());
        lines.add(SAFETY_QUESTIONS + 17, "Asia/Tokyo");
        Run run = run(Optional.empty(), ZoneOffset.ofHours(2), lines);
        assertTrue(run.output().contains("Time zone, an IANA zone id such as Europe/Berlin: "));
        assertEquals(ZoneId.of("Asia/Tokyo"), run.answers().schedule().zone());
    }
}
