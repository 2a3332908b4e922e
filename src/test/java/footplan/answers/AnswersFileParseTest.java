package footplan.answers;

import static footplan.answers.AnswersFixtures.FILE;
import static footplan.answers.AnswersFixtures.VALID;
import static footplan.answers.AnswersFixtures.refusal;
import static footplan.answers.AnswersFixtures.validAnswers;
import static footplan.answers.AnswersFixtures.validWith;
import static footplan.answers.AnswersFixtures.validWithout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersFileParseTest {

    private static Answers parse(String yaml) {
        return AnswersFile.parse(yaml, FILE);
    }

    @Nested
    class ValidFiles {

        @Test
        void theDesignExampleReadsAsWritten() {
            assertEquals(validAnswers(), parse(VALID));
        }

        @Test
        void optionalKeysTakeTheirDefaults() {
            String yaml = validWithout("name: Alex");
            yaml = yaml.replace(AnswersFixtures.lineWith("notes:"), "");
            yaml = yaml.replace(AnswersFixtures.lineWith("reminder_minutes"), "");
            yaml = yaml.replace(AnswersFixtures.lineWith("skip:"), "");
            Answers answers = parse(yaml);
            assertEquals("", answers.name());
            assertEquals("", answers.footwear().notes());
            assertEquals(10, answers.schedule().reminderMinutes());
            assertTrue(answers.schedule().skip().isEmpty());
        }

        @Test
        void optionalKeysLeftEmptyTakeTheirDefaults() {
            String yaml = validWith("name: Alex", "name:")
                    .replace("reminder_minutes: 10", "reminder_minutes:")
                    .replace("skip: [2026-12-24]", "skip:");
            Answers answers = parse(yaml);
            assertEquals("", answers.name());
            assertEquals(10, answers.schedule().reminderMinutes());
            assertTrue(answers.schedule().skip().isEmpty());
        }

        @Test
        void daysMayBeFullNamesInAnyCase() {
            Answers answers = parse(validWith("days: [mon, wed, fri]", "days: [Monday, WEDNESDAY, fri]"));
            assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    answers.schedule().days());
            assertTrue(AnswersFile.toYaml(answers).contains("days: [mon, wed, fri]"));
        }

        @Test
        void daysMayBeABlockList() {
            Answers answers = parse(validWith("days: [mon, wed, fri]", "days:\n    - tue\n    - thu\n    - sat"));
            assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                    answers.schedule().days());
        }

        @Test
        void anUnquotedTimeIsReadAsTheTimeItLooksLike() {
            assertEquals(LocalTime.of(7, 30), parse(validWith("\"07:30\"", "07:30")).schedule().time());
            assertEquals(LocalTime.of(7, 5), parse(validWith("\"07:30\"", "7:05")).schedule().time());
            assertEquals(LocalTime.of(0, 0), parse(validWith("\"07:30\"", "'00:00'")).schedule().time());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "\"6pm\"     | 18:00", "6pm         | 18:00", "\"6 pm\"    | 18:00", "\"6:30pm\"  | 18:30",
                "\"6:30 PM\" | 18:30", "6:30pm      | 18:30", "\"6 p.m.\"  | 18:00", "\"7am\"     | 07:00",
                "\"11:59pm\" | 23:59", "\"12am\"    | 00:00", "\"12:30am\" | 00:30", "\"12pm\"    | 12:00",
                "\"12:05PM\" | 12:05"})
        void twelveHourTimesAreTimesOfDay(String written, String time) {
            assertEquals(LocalTime.parse(time), parse(validWith("\"07:30\"", written)).schedule().time());
        }

        @Test
        void datesMayBeQuoted() {
            Answers answers = parse(validWith("start: 2026-12-01", "start: \"2026-12-01\"")
                    .replace("skip: [2026-12-24]", "skip: ['2026-12-24']"));
            assertEquals(LocalDate.of(2026, 12, 1), answers.schedule().start());
            assertEquals(Set.of(LocalDate.of(2026, 12, 24)), answers.schedule().skip());
        }

        @Test
        void skipDatesOutsideTheProgramAreAllowedAndKept() {
            Answers answers = parse(validWith("skip: [2026-12-24]", "skip: [2020-01-01, 2030-06-30]"));
            assertEquals(Set.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 6, 30)), answers.schedule().skip());
        }

        @Test
        void emptyListsMeanNone() {
            Answers answers = parse(validWith("areas: [knee, back]", "areas: []")
                    .replace("equipment: [chair, band, towel]", "equipment: []"));
            assertTrue(answers.pain().areas().isEmpty());
            assertTrue(answers.equipment().isEmpty());
        }

        @Test
        void booleansMayBeCapitalised() {
            assertTrue(parse(validWith("running: true", "running: True")).footwear().running());
        }

        @Test
        void aByteOrderMarkAndWindowsLineEndsAreFine() {
            assertEquals(validAnswers(), parse("\uFEFF" + VALID.replace("\n", "\r\n")));
        }

        @Test
        void aDocumentStartMarkerIsFine() {
            assertEquals(validAnswers(), parse("---\n" + VALID));
        }

        @Test
        void aNameWithAccentsIsKept() {
            assertEquals("Zoë Ångström", parse(validWith("name: Alex", "name: Zoë Ångström")).name());
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void aMisspeltTopLevelKeyGetsASuggestionAndTheAllowedKeys() {
            assertEquals("answers.yaml: shedule: unknown key; did you mean schedule? allowed at the top: name, pain,"
                            + " safety, footwear, abilities, equipment, session_minutes, schedule",
                    refusal(validWith("schedule:", "shedule:")));
        }

        @Test
        void aMisspeltNestedKeyNamesItsPathAndTheKeysAllowedThere() {
            assertEquals("answers.yaml: pain.levle: unknown key; did you mean level? allowed under pain:"
                    + " areas, level, leg_radiating", refusal(validWith("level: 4", "levle: 4")));
        }

        @Test
        void aCamelCaseKeyIsMatchedToItsSnakeCaseName() {
            assertTrue(refusal(validWith("leg_radiating:", "legRadiating:"))
                    .startsWith("answers.yaml: pain.legRadiating: unknown key; did you mean leg_radiating?"));
        }

        @Test
        void aKeyUnlikeAnyOtherGetsNoGuess() {
            assertEquals("answers.yaml: footwear.colour: unknown key; allowed under footwear: high_heels,"
                            + " pointed_toes, poor_fit, running, notes",
                    refusal(validWith("  running: true\n", "  running: true\n  colour: red\n")));
        }

        @Test
        void aKeyGivenTwiceIsRefused() {
            assertEquals("answers.yaml: pain.level: appears twice; keep one",
                    refusal(validWith("level: 4", "level: 4\n  level: 5")));
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void aNumberInQuotesIsText() {
            assertEquals("answers.yaml: pain.level: \"4\" is text, not a number; write 4 without quotes",
                    refusal(validWith("level: 4", "level: \"4\"")));
        }

        @Test
        void aFractionIsNotAWholeNumber() {
            assertEquals("answers.yaml: pain.level: 4.5 is not a whole number; allowed 0-10",
                    refusal(validWith("level: 4", "level: 4.5")));
        }

        @Test
        void aWordIsNotANumber() {
            assertEquals("answers.yaml: session_minutes: \"twenty\" is not a whole number; allowed 10-40",
                    refusal(validWith("session_minutes: 20", "session_minutes: twenty")));
        }

        @Test
        void hexadecimalNumbersAreRefused() {
            assertTrue(refusal(validWith("level: 4", "level: 0x4"))
                    .startsWith("answers.yaml: pain.level: 0x4 is not a plain whole number"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "Yes"})
        void yamlOneOneBooleanWordsAreRefused(String word) {
            assertEquals("answers.yaml: footwear.running: \"" + word + "\" is not allowed here; write true or false",
                    refusal(validWith("running: true", "running: " + word)));
        }

        @Test
        void aQuotedBooleanIsText() {
            assertEquals("answers.yaml: footwear.running: \"true\" is text; write true without quotes",
                    refusal(validWith("running: true", "running: \"true\"")));
        }

        @Test
        void aNumberIsNotABoolean() {
            assertEquals("answers.yaml: abilities.sit_on_floor: 1 is not true or false",
                    refusal(validWith("sit_on_floor: true", "sit_on_floor: 1")));
        }

        @Test
        void aSingleWordWhereAListBelongs() {
            assertEquals("answers.yaml: pain.areas: expected a list such as [knee, back], or [] for prevention"
                    + " only; got \"knee\"", refusal(validWith("areas: [knee, back]", "areas: knee")));
        }

        @Test
        void aListWhereASectionBelongs() {
            assertTrue(refusal(validWith("footwear:", "footwear: []\nfootwear_old:"))
                    .startsWith("answers.yaml: footwear_old: unknown key"));
            assertEquals("answers.yaml: pain: expected a mapping with the keys areas, level, leg_radiating; got 4",
                    refusal("pain: 4\n"));
        }

        @Test
        void aListWhereATimeBelongs() {
            assertEquals("answers.yaml: schedule.time: expected a time of day in quotes, like \"07:30\"; got a list",
                    refusal(validWith("\"07:30\"", "[\"07:30\"]")));
        }

        @Test
        void aNestedListEntry() {
            assertTrue(refusal(validWith("days: [mon, wed, fri]", "days: [mon, [wed], fri]"))
                    .startsWith("answers.yaml: schedule.days: has a list as an entry"));
        }

        @Test
        void anEmptyListEntry() {
            assertTrue(refusal(validWith("days: [mon, wed, fri]", "days:\n    - mon\n    -\n    - fri"))
                    .startsWith("answers.yaml: schedule.days: has an empty entry"));
        }
    }

    @Nested
    class OutOfRange {

        @Test
        void painLevel() {
            assertEquals("answers.yaml: pain.level: 11 is out of range; allowed 0-10",
                    refusal(validWith("level: 4", "level: 11")));
            assertEquals("answers.yaml: pain.level: -1 is out of range; allowed 0-10",
                    refusal(validWith("level: 4", "level: -1")));
        }

        @Test
        void sessionMinutes() {
            assertEquals("answers.yaml: session_minutes: 9 is out of range; allowed 10-40",
                    refusal(validWith("session_minutes: 20", "session_minutes: 9")));
            assertEquals("answers.yaml: session_minutes: 41 is out of range; allowed 10-40",
                    refusal(validWith("session_minutes: 20", "session_minutes: 41")));
        }

        @Test
        void sessionsPerWeek() {
            assertEquals("answers.yaml: schedule.sessions_per_week: 4 is out of range; allowed 2 or 3",
                    refusal(validWith("sessions_per_week: 3", "sessions_per_week: 4")));
            assertEquals("answers.yaml: schedule.sessions_per_week: 1 is out of range; allowed 2 or 3",
                    refusal(validWith("sessions_per_week: 3", "sessions_per_week: 1")));
        }

        @Test
        void weeks() {
            assertEquals("answers.yaml: schedule.weeks: 27 is out of range; allowed 1-26",
                    refusal(validWith("weeks: 6", "weeks: 27")));
            assertEquals("answers.yaml: schedule.weeks: 0 is out of range; allowed 1-26",
                    refusal(validWith("weeks: 6", "weeks: 0")));
        }

        @Test
        void reminderMinutes() {
            assertEquals("answers.yaml: schedule.reminder_minutes: 1441 is out of range; allowed 0-1440",
                    refusal(validWith("reminder_minutes: 10", "reminder_minutes: 1441")));
            assertEquals(0, parse(validWith("reminder_minutes: 10", "reminder_minutes: 0"))
                    .schedule().reminderMinutes());
        }

        @Test
        void aHugeNumberIsOutOfRangeNotACrash() {
            assertEquals("answers.yaml: schedule.weeks: 99999999999999999999 is out of range; allowed 1-26",
                    refusal(validWith("weeks: 6", "weeks: 99999999999999999999")));
        }

        @Test
        void fewerAllowedDaysThanSessions() {
            assertEquals("answers.yaml: schedule.days: has 2 days but sessions_per_week is 3;"
                    + " allow at least 3 days", refusal(validWith("days: [mon, wed, fri]", "days: [mon, wed]")));
        }

        @Test
        void aNameThatIsTooLong() {
            assertEquals("answers.yaml: name: is 61 characters long; a name has at most 60",
                    refusal(validWith("name: Alex", "name: " + "x".repeat(61))));
        }

        @Test
        void notesThatAreTooLong() {
            assertEquals("answers.yaml: footwear.notes: is 501 characters long; notes have at most 500",
                    refusal(validWith("\"heels at work three days a week\"", "\"" + "x".repeat(501) + "\"")));
        }

        @Test
        void aNameOnTwoLines() {
            assertEquals("answers.yaml: name: \"Al\\nex\" has a line break or control character;"
                    + " a name is one line of text", refusal(validWith("name: Alex", "name: \"Al\\nex\"")));
        }
    }

    @Nested
    class Duplicates {

        @Test
        void theSameDayTwice() {
            assertEquals("answers.yaml: schedule.days: \"mon\" is listed twice; list each one once",
                    refusal(validWith("days: [mon, wed, fri]", "days: [mon, wed, mon, fri]")));
        }

        @Test
        void theSameDayUnderTwoNames() {
            assertEquals("answers.yaml: schedule.days: \"monday\" is listed twice; list each one once",
                    refusal(validWith("days: [mon, wed, fri]", "days: [mon, wed, monday, fri]")));
        }

        @Test
        void theSamePainArea() {
            assertEquals("answers.yaml: pain.areas: \"knee\" is listed twice; list each one once",
                    refusal(validWith("areas: [knee, back]", "areas: [knee, back, knee]")));
        }

        @Test
        void theSameEquipment() {
            assertEquals("answers.yaml: equipment: \"band\" is listed twice; list each one once",
                    refusal(validWith("equipment: [chair, band, towel]", "equipment: [chair, band, band]")));
        }

        @Test
        void theSameSkipDate() {
            assertEquals("answers.yaml: schedule.skip: \"2026-12-24\" is listed twice; list each one once",
                    refusal(validWith("skip: [2026-12-24]", "skip: [2026-12-24, 2026-12-24]")));
        }
    }

    @Nested
    class MissingKeys {

        @ParameterizedTest
        @EnumSource(SafetyQuestion.class)
        void everySafetyAnswerIsRequired(SafetyQuestion question) {
            assertEquals("answers.yaml: safety." + question.key() + ": is missing; the safety screen needs every"
                    + " answer; add " + question.key() + ": with true or false",
                    refusal(validWithout(question.key() + ":")));
        }

        @Test
        void anEmptySafetyAnswerIsRefused() {
            assertEquals("answers.yaml: safety.severe_night_pain: is empty; the safety screen needs every answer;"
                    + " write true or false", refusal(validWith("severe_night_pain: false", "severe_night_pain:")));
        }

        @Test
        void theWholeSafetySectionIsRequired() {
            String yaml = VALID;
            for (SafetyQuestion question : SafetyQuestion.values()) {
                yaml = yaml.replace(AnswersFixtures.lineWith(question.key() + ":"), "");
            }
            yaml = yaml.replace(AnswersFixtures.lineWith("safety:"), "");
            assertEquals("answers.yaml: safety: is missing; the safety screen needs every answer: saddle_numbness,"
                    + " bladder_or_bowel_change, progressive_leg_weakness, recent_fall_or_injury,"
                    + " fever_or_unexplained_weight_loss, severe_night_pain, hot_swollen_joint, cannot_bear_weight",
                    refusal(yaml));
        }

        @ParameterizedTest
        @ValueSource(strings = {"pain.areas", "pain.level", "pain.leg_radiating", "footwear.high_heels",
            "footwear.pointed_toes", "footwear.poor_fit", "footwear.running", "abilities.stand_on_one_leg",
            "abilities.lie_on_floor", "abilities.sit_on_floor", "equipment", "session_minutes",
            "schedule.sessions_per_week", "schedule.days", "schedule.time", "schedule.timezone", "schedule.start",
            "schedule.weeks"})
        void requiredKeysAreNamedWhenMissing(String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            String message = refusal(validWithout(key + ":"));
            assertTrue(message.startsWith("answers.yaml: " + path + ": is missing; add " + key + ": with "), message);
        }

        @Test
        void aMissingNumberSaysWhatToWrite() {
            assertEquals("answers.yaml: pain.level: is missing; add level: with a whole number 0-10",
                    refusal(validWithout("level:")));
        }

        @Test
        void aMissingSectionListsItsKeys() {
            String yaml = "name: Alex\n";
            assertEquals("answers.yaml: pain: is missing; add it with the keys areas, level, leg_radiating",
                    refusal(yaml));
        }

        @Test
        void aRequiredListLeftEmpty() {
            assertEquals("answers.yaml: equipment: is empty; write a list such as [chair, band, towel], or [] for"
                    + " none", refusal(validWith("equipment: [chair, band, towel]", "equipment:")));
        }
    }

    @Nested
    class BadValues {

        @Test
        void theDesignsExampleMessage() {
            assertEquals("answers.yaml: schedule.time: \"25:00\" is not a time of day (HH:MM)",
                    refusal(validWith("\"07:30\"", "\"25:00\"")));
        }

        @Test
        void midnightIsWrittenAsZeroHours() {
            assertEquals("answers.yaml: schedule.time: \"24:00\" is not a time of day (HH:MM); for midnight write"
                    + " \"00:00\"", refusal(validWith("\"07:30\"", "\"24:00\"")));
        }

        @Test
        void aTimeWithADotGetsTheSpellingItNeeds() {
            assertEquals("answers.yaml: schedule.time: \"7.30\" is not a time of day (HH:MM); write it with a colon,"
                    + " in quotes: \"07:30\"", refusal(validWith("\"07:30\"", "7.30")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"7\"", "\"07:3\"", "\"07:30:00\"", "\"07:60\"", "morning", "730", "6pn",
                "\"6.30pm\""})
        void otherBadTimes(String time) {
            assertTrue(refusal(validWith("\"07:30\"", time)).contains("is not a time of day (HH:MM"));
        }

        @Test
        void aTimeThatIsNeitherSaysBothWaysOfWritingOne() {
            assertEquals("answers.yaml: schedule.time: \"morning\" is not a time of day (HH:MM, 24-hour, or like"
                    + " 6pm or 6:30pm)", refusal(validWith("\"07:30\"", "morning")));
        }

        @Test
        void aTwelveHourTimePastTwelve() {
            assertEquals("answers.yaml: schedule.time: \"13pm\" is not a time of day (HH:MM, 24-hour, or like 6pm"
                    + " or 6:30pm); with am or pm the hour goes from 1 to 12",
                    refusal(validWith("\"07:30\"", "\"13pm\"")));
        }

        @Test
        void aTwelveHourTimeAtZero() {
            assertEquals("answers.yaml: schedule.time: \"0am\" is not a time of day (HH:MM, 24-hour, or like 6pm"
                    + " or 6:30pm); with am or pm the hour goes from 1 to 12, and 12am is midnight",
                    refusal(validWith("\"07:30\"", "\"0am\"")));
        }

        @Test
        void aTwelveHourTimeWithTooManyMinutes() {
            assertEquals("answers.yaml: schedule.time: \"6:75pm\" is not a time of day (HH:MM, 24-hour, or like"
                    + " 6pm or 6:30pm); the minutes go from 00 to 59",
                    refusal(validWith("\"07:30\"", "\"6:75pm\"")));
        }

        @Test
        void anImpossibleDate() {
            assertEquals("answers.yaml: schedule.start: \"2026-02-30\" is not a real date: February 2026 has 28 days",
                    refusal(validWith("start: 2026-12-01", "start: 2026-02-30")));
        }

        @Test
        void anImpossibleMonth() {
            assertEquals("answers.yaml: schedule.skip: \"2026-13-01\" is not a real date: months go from 01 to 12",
                    refusal(validWith("skip: [2026-12-24]", "skip: [2026-13-01]")));
        }

        @Test
        void aDateInAnotherFormat() {
            assertEquals("answers.yaml: schedule.start: \"01.12.2026\" is not a date (YYYY-MM-DD, e.g. 2026-12-01)",
                    refusal(validWith("start: 2026-12-01", "start: 01.12.2026")));
            assertTrue(refusal(validWith("start: 2026-12-01", "start: 2026-12-1"))
                    .contains("is not a date (YYYY-MM-DD"));
        }

        @Test
        void aDateFarAway() {
            assertEquals("answers.yaml: schedule.start: \"1999-12-31\" is out of range; years 2000-2099 are allowed",
                    refusal(validWith("start: 2026-12-01", "start: 1999-12-31")));
        }

        @Test
        void anUnknownZone() {
            assertEquals("answers.yaml: schedule.timezone: \"Mars/Olympus\" is not a known time zone; write an IANA"
                    + " zone id such as Europe/Berlin", refusal(validWith("Europe/Berlin", "Mars/Olympus")));
        }

        @Test
        void aZoneInTheWrongCaseGetsTheRightSpelling() {
            assertEquals("answers.yaml: schedule.timezone: \"europe/berlin\" is not a known time zone; did you mean"
                    + " Europe/Berlin? Write an IANA zone id such as Europe/Berlin",
                    refusal(validWith("Europe/Berlin", "europe/berlin")));
        }

        @Test
        void aMisspeltZoneGetsASuggestion() {
            assertTrue(refusal(validWith("Europe/Berlin", "Europe/Berln")).contains("; did you mean Europe/Berlin? "));
        }

        @Test
        void anAbbreviationStaysAnErrorThatNamesTheZoneMeant() {
            assertEquals("answers.yaml: schedule.timezone: \"EST\" is not a known time zone; did you mean"
                    + " America/New_York? Write an IANA zone id such as Europe/Berlin",
                    refusal(validWith("Europe/Berlin", "EST")));
        }

        @Test
        void aCityStaysAnErrorThatNamesItsZone() {
            assertEquals("answers.yaml: schedule.timezone: \"New York\" is not a known time zone; did you mean"
                    + " America/New_York? Write an IANA zone id such as Europe/Berlin",
                    refusal(validWith("Europe/Berlin", "New York")));
        }

        @Test
        void anOffsetIsNotAZone() {
            assertTrue(refusal(validWith("Europe/Berlin", "\"+01:00\""))
                    .startsWith("answers.yaml: schedule.timezone: \"+01:00\" is not a known time zone"));
        }

        @Test
        void zoneIdsThatOtherLibrariesRegisterAreNotTimeZones() {
            java.time.ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("~")).limit(3).forEach(id ->
                    assertTrue(refusal(validWith("Europe/Berlin", "\"" + id + "\""))
                            .contains("is not a known time zone"), id));
        }

        @Test
        void anUnknownPainArea() {
            assertEquals("answers.yaml: pain.areas: \"neck\" is not a pain area; allowed: back, hip, knee",
                    refusal(validWith("areas: [knee, back]", "areas: [knee, neck]")));
        }

        @Test
        void aMisspeltPainArea() {
            assertEquals("answers.yaml: pain.areas: \"kne\" is not a pain area; allowed: back, hip, knee"
                    + " (did you mean knee?)", refusal(validWith("areas: [knee, back]", "areas: [kne]")));
        }

        @Test
        void unknownEquipment() {
            assertEquals("answers.yaml: equipment: \"dumbbell\" is not equipment we know; allowed: chair, band, towel",
                    refusal(validWith("equipment: [chair, band, towel]", "equipment: [chair, dumbbell]")));
        }

        @Test
        void anUnknownDay() {
            assertEquals("answers.yaml: schedule.days: \"funday\" is not a day; allowed: mon, tue, wed, thu, fri,"
                    + " sat, sun (or full names like monday)",
                    refusal(validWith("days: [mon, wed, fri]", "days: [mon, wed, funday]")));
        }
    }

    @Nested
    class NotAnAnswersFile {

        @Test
        void anEmptyFile() {
            assertEquals("answers.yaml: is empty; run footplan questionnaire to fill it in, or see the README for"
                    + " the format", refusal(""));
        }

        @Test
        void aFileWithOnlyComments() {
            assertTrue(refusal("# nothing yet\n\n").startsWith("answers.yaml: is empty"));
        }

        @Test
        void aList() {
            assertTrue(refusal("- knee\n- back\n")
                    .startsWith("answers.yaml: is not a YAML mapping of keys to values (it holds a list)"));
        }

        @Test
        void plainText() {
            assertTrue(refusal("I have knee pain\n")
                    .startsWith("answers.yaml: is not a YAML mapping of keys to values (it holds \"I have knee pain\")"));
        }

        @Test
        void twoDocuments() {
            assertEquals("answers.yaml: holds more than one YAML document (a line with ---); keep one",
                    refusal(VALID + "---\n" + VALID));
        }
    }

    @Nested
    class SyntaxErrors {

        @Test
        void nameLineAndColumn() {
            assertEquals("answers.yaml: line 2, column 12: is not valid YAML: mapping values are not allowed here",
                    refusal("name: Alex\npain: level: 4\n"));
        }

        @Test
        void anUnclosedList() {
            assertEquals("answers.yaml: line 2, column 2: is not valid YAML: expected ',' or ']', but got :,"
                    + " while parsing a flow sequence that starts at line 1, column 12",
                    refusal("equipment: [chair, band\nb: 3\n"));
        }

        @Test
        void anUnclosedQuote() {
            assertTrue(refusal("name: \"Alex\n").contains("is not valid YAML: found unexpected end of stream,"
                    + " while scanning a quoted scalar that starts at line 1, column 7"));
        }

        @Test
        void tabsUsedForIndentation() {
            assertEquals("answers.yaml: line 2, column 1: is not valid YAML: a tab cannot indent YAML; use spaces",
                    refusal("pain:\n\tlevel: 4\n"));
        }

        @Test
        void aControlCharacter() {
            assertEquals("answers.yaml: line 2, column 7: has a character YAML does not allow (U+0007);"
                    + " an answers file is plain text", refusal("name: Alex\nnotes:\u0007\n"));
        }

        @Test
        void anInfiniteNumber() {
            assertEquals("answers.yaml: pain.level: .inf is not a number an answer can be",
                    refusal(validWith("level: 4", "level: .inf")));
        }
    }

    @Nested
    class HostileInput {

        @Test
        void aBillionLaughsFailsAtTheFirstAlias() {
            StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char c = 'b'; c <= 'j'; c++) {
                char p = (char) (c - 1);
                yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p)
                        .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
            }
            assertEquals("answers.yaml: b: YAML aliases (*a) are not supported; write the value out",
                    refusal(yaml.toString()));
        }

        @Test
        void anAliasForAnAnswerIsRefused() {
            assertEquals("answers.yaml: footwear.running: YAML aliases (*yes) are not supported; write the value out",
                    refusal(validWith("high_heels: true", "high_heels: &yes true")
                            .replace("running: true", "running: *yes")));
        }

        @Test
        void deepNestingFailsFast() {
            String yaml = "pain: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
            assertTrue(refusal(yaml).contains("nested too deeply"));
        }

        @Test
        void deepBlockNestingFailsFast() {
            StringBuilder yaml = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
            }
            assertTrue(refusal(yaml.toString()).contains("nested too deeply"));
        }

        @Test
        void aTooLargeTextIsRefusedBeforeParsing() {
            assertEquals("answers.yaml: is larger than 64 KiB; an answers file is a few hundred bytes",
                    refusal(VALID + "# " + "x".repeat(70_000) + "\n"));
        }

        @Test
        void tagsAreRefused() {
            assertEquals("answers.yaml: name: YAML tags (!java) are not supported; remove the tag",
                    refusal(validWith("name: Alex", "name: !java Alex")));
        }

        @Test
        void refusalsAreOneLineForEveryKindOfProblem() {
            List<String> broken = List.of("", "a", "[", "{a: 1, a: 2}", "a: *x", "key: \"unterminated",
                    "\u0000", "a:\n  - b\n - c\n", "? [a, b]\n: c\n", "!!binary abc");
            for (String yaml : broken) {
                refusal(yaml);
            }
        }
    }
}
