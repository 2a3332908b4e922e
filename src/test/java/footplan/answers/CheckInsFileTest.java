package footplan.answers;

import static footplan.answers.AnswersFixtures.cleanMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import footplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-ins file: what it accepts, every kind of mistake with its exact message, reading and writing. */
class CheckInsFileTest {

    static final String FILE = "answers.checkins.yaml";

    /** The design's example, and a missed session. */
    static final String VALID = """
            - date: 2027-01-06        # the session's local date
              done: true              # false: the session was missed
              pain_during: 3          # 0-10, worst pain during the session (required when done)
              pain_next_morning: 2    # 0-10, optional
              effort: right           # easy | right | hard, optional
              note: "calves tight"    # optional free text
            - date: 2027-01-08
              done: false
              note: "train was late"
            - date: 2027-01-11
              done: true
              pain_during: 0
            """;

    static final CheckIns VALID_CHECK_INS = CheckIns.of(
            CheckIn.done(LocalDate.of(2027, 1, 6), 3, OptionalInt.of(2), Optional.of(Effort.RIGHT), "calves tight"),
            CheckIn.missed(LocalDate.of(2027, 1, 8), "train was late"),
            CheckIn.done(LocalDate.of(2027, 1, 11), 0, OptionalInt.empty(), Optional.empty(), ""));

    private static CheckIns parse(String yaml) {
        return CheckInsFile.parse(yaml, FILE);
    }

    private static String refusal(String yaml) {
        AnswersException e = assertThrows(AnswersException.class, () -> parse(yaml));
        return cleanMessage(e, FILE);
    }

    /** The valid file with the third entry's {@code pain_during: 0} line replaced. */
    private static String third(String replacement) {
        return VALID.replace("  pain_during: 0\n", replacement);
    }

    @Nested
    class ValidFiles {

        @Test
        void theDesignExampleReadsAsWritten() {
            assertEquals(VALID_CHECK_INS, parse(VALID));
        }

        @Test
        void anEmptyFileOrAnEmptyListIsNoCheckIns() {
            assertThat(parse("")).isEqualTo(CheckIns.none());
            assertThat(parse("# nothing yet\n")).isEqualTo(CheckIns.none());
            assertThat(parse("[]\n")).isEqualTo(CheckIns.none());
        }

        @Test
        void optionalKeysMayBeLeftEmpty() {
            CheckIns checkIns = parse("- date: 2027-01-06\n  done: true\n  pain_during: 4\n  pain_next_morning:\n"
                    + "  effort:\n  note:\n");
            assertThat(checkIns.entries()).containsExactly(
                    CheckIn.done(LocalDate.of(2027, 1, 6), 4, OptionalInt.empty(), Optional.empty(), ""));
        }

        @Test
        void effortIsReadInAnyCase() {
            assertThat(parse(third("  pain_during: 0\n  effort: HARD\n")).entries().get(2).effort())
                    .contains(Effort.HARD);
        }

        @Test
        void aFlowStyleListReadsTheSame() {
            assertThat(parse("[{date: 2027-01-08, done: false, note: \"train was late\"}]").entries())
                    .containsExactly(VALID_CHECK_INS.entries().get(1));
        }
    }

    @Nested
    class Mistakes {

        @Test
        void notAList() {
            assertEquals(FILE + ": is not a YAML list of check-ins (it holds a mapping); each check-in starts with"
                    + " \"- date:\", oldest first", refusal("date: 2027-01-06\ndone: true\n"));
        }

        @Test
        void anEntryThatIsNotAMapping() {
            assertEquals(FILE + ": entry 2: expected a check-in, a mapping with the keys date, done, pain_during,"
                    + " pain_next_morning, effort, note; got \"2027-01-08\"", refusal("- date: 2027-01-06\n  done:"
                    + " false\n- 2027-01-08\n"));
        }

        @Test
        void anEmptyEntry() {
            assertEquals(FILE + ": entry 1: is empty; write a check-in with the keys date, done, pain_during,"
                    + " pain_next_morning, effort, note", refusal("-\n"));
        }

        @Test
        void anUnknownKeyWithAHint() {
            assertEquals(FILE + ": entry 3 (2027-01-11): pain_durin: unknown key; did you mean pain_during?"
                            + " allowed in a check-in: date, done, pain_during, pain_next_morning, effort, note",
                    refusal(third("  pain_durin: 0\n")));
        }

        @Test
        void aCamelCaseKey() {
            assertThat(refusal(VALID.replace("pain_next_morning: 2", "painNextMorning: 2")))
                    .startsWith(FILE + ": entry 1 (2027-01-06): painNextMorning: unknown key; did you mean"
                            + " pain_next_morning?");
        }

        @Test
        void aMissingDate() {
            assertEquals(FILE + ": entry 2: date: is missing; add date: with the session's date, like 2027-01-06",
                    refusal(VALID.replace("- date: 2027-01-08\n  done: false", "- done: false")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2027-13-01 | \"2027-13-01\" is not a real date: months go from 01 to 12",
                "2027-02-30 | \"2027-02-30\" is not a real date: February 2027 has 28 days",
                "6 Jan      | \"6 Jan\" is not a date (YYYY-MM-DD, e.g. 2026-12-01)",
                "1999-01-01 | \"1999-01-01\" is out of range; years 2000-2099 are allowed"})
        void aBadDate(String date, String problem) {
            assertEquals(FILE + ": entry 2: date: " + problem, refusal(VALID.replace("2027-01-08", date)));
        }

        @Test
        void doneMustBeTrueOrFalse() {
            assertEquals(FILE + ": entry 2 (2027-01-08): done: \"yes\" is not allowed here; write true or false",
                    refusal(VALID.replace("done: false", "done: yes")));
            assertEquals(FILE + ": entry 2 (2027-01-08): done: is missing; add done: with true or false",
                    refusal(VALID.replace("  done: false\n", "")));
        }

        @Test
        void aSessionThatWasDoneNeedsThePainDuringIt() {
            assertEquals(FILE + ": entry 3 (2027-01-11): pain_during: is missing; add pain_during: with a whole"
                    + " number 0-10", refusal(third("")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "pain_during: 11                  | pain_during: 11 is out of range; allowed 0-10",
                "pain_during: -1                  | pain_during: -1 is out of range; allowed 0-10",
                "pain_during: 2.5                 | pain_during: 2.5 is not a whole number; allowed 0-10",
                "pain_during: \"3\"               | pain_during: \"3\" is text, not a number; write 3 without quotes",
                "pain_during: 1\\npain_next_morning: 12 | pain_next_morning: 12 is out of range; allowed 0-10",
                "pain_during: 1\\neffort: hrad  | effort: \"hrad\" is not an effort; allowed: easy, right, hard"
                        + " (did you mean hard?)",
                "pain_during: [3]                 | pain_during: a list is not a whole number; allowed 0-10"})
        void aValueOutOfRangeOrOfTheWrongType(String line, String problem) {
            assertEquals(FILE + ": entry 3 (2027-01-11): " + problem,
                    refusal(third("  " + line.replace("\\n", "\n  ") + "\n")));
        }

        @Test
        void aMissedSessionHasNoPainOrEffort() {
            for (String key : List.of("pain_during: 2", "pain_next_morning: 2", "effort: easy")) {
                String name = key.substring(0, key.indexOf(':'));
                assertEquals(FILE + ": entry 2 (2027-01-08): " + name + ": is for a session that was done, and this"
                                + " one was missed (done: false); remove it, or write done: true",
                        refusal(VALID.replace("  done: false\n", "  done: false\n  " + key + "\n")));
            }
        }

        @Test
        void aNoteIsPlainTextOfAtMost200Characters() {
            assertEquals(FILE + ": entry 2 (2027-01-08): note: is 201 characters long; a note has at most 200",
                    refusal(VALID.replace("train was late", "x".repeat(201))));
            assertEquals(FILE + ": entry 2 (2027-01-08): note: \"bell\\u0007\" has a control character; a note is"
                    + " plain text", refusal(VALID.replace("train was late", "bell\\a")));
        }

        @Test
        void aDateTwice() {
            assertEquals(FILE + ": entry 3 (2027-01-08): date: is also the date of entry 2; keep one check-in per"
                    + " session", refusal(VALID.replace("2027-01-11", "2027-01-08")));
        }

        @Test
        void entriesOutOfOrder() {
            assertEquals(FILE + ": entry 3 (2027-01-07): date: comes before entry 2 (2027-01-08); keep the"
                    + " check-ins oldest first", refusal(VALID.replace("2027-01-11", "2027-01-07")));
        }

        @Test
        void theYamlMachineryOfTheAnswersFile() {
            assertThat(refusal("- &a {date: 2027-01-06, done: false}\n- *a\n")).contains("YAML aliases");
            assertThat(refusal(VALID.replace("done: false", "done: !!bool false"))).contains("YAML tags");
            assertThat(refusal(VALID.replace("  done: false\n", "  done: false\n  done: true\n")))
                    .isEqualTo(FILE + ": done: appears twice; keep one");
            assertThat(refusal("- date: 2027-01-06\n done: true\n")).startsWith(FILE + ": line 2, column ");
            assertThat(refusal("[".repeat(20) + "]".repeat(20))).contains("nested too deeply");
        }
    }

    @Nested
    class Files_ {

        @TempDir
        Path dir;

        private String refusalReading(Path file) {
            return cleanMessage(assertThrows(AnswersException.class, () -> CheckInsFile.read(file)), file.toString());
        }

        @Test
        void aMissingFileIsNoCheckIns() {
            assertThat(CheckInsFile.read(dir.resolve("answers.checkins.yaml"))).isEqualTo(CheckIns.none());
        }

        @Test
        void readsAFile() throws IOException {
            Path file = Files.writeString(dir.resolve(FILE), VALID);
            assertThat(CheckInsFile.read(file)).isEqualTo(VALID_CHECK_INS);
        }

        @Test
        void messagesNameTheFileAsGiven() throws IOException {
            Path file = Files.writeString(dir.resolve(FILE), VALID.replace("pain_during: 3", "pain_during: 12"));
            assertEquals(file + ": entry 1 (2027-01-06): pain_during: 12 is out of range; allowed 0-10",
                    refusalReading(file));
        }

        @Test
        void aFolder() {
            assertEquals(dir + ": is a folder, not a check-ins file", refusalReading(dir));
        }

        @Test
        void aHugeFile() throws IOException {
            Path file = dir.resolve(FILE);
            Files.write(file, new byte[CheckInsFile.MAX_BYTES + 1]);
            assertEquals(file + ": is larger than 64 KiB; a check-ins file is a few KiB", refusalReading(file));
        }

        @Test
        void notUtf8() throws IOException {
            Path file = dir.resolve(FILE);
            Files.write(file, VALID.replace("calves tight", "Waden fest, m\u00fcde").getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(file + ": line 6: is not UTF-8 text; save the file as UTF-8", refusalReading(file));
            Files.write(file, VALID.getBytes(StandardCharsets.UTF_16));
            assertEquals(file + ": is saved as UTF-16; save it as UTF-8", refusalReading(file));
        }

        @Test
        void writesWhatItReadsBackAndKeepsTheOldFile() throws IOException {
            Path file = dir.resolve("people").resolve(FILE);
            CheckInsFile.write(file, VALID_CHECK_INS);
            assertThat(CheckInsFile.read(file)).isEqualTo(VALID_CHECK_INS);

            CheckIns more = VALID_CHECK_INS.with(CheckIn.missed(LocalDate.of(2027, 1, 13), "ill, \"flu\"\nin bed"));
            CheckInsFile.write(file, more);
            assertThat(CheckInsFile.read(file)).isEqualTo(more);
            assertThat(CheckInsFile.read(AtomicFile.backupOf(file))).isEqualTo(VALID_CHECK_INS);
        }

        @Test
        void theWrittenFileSaysWhatTheKeysMean() {
            String yaml = CheckInsFile.toYaml(VALID_CHECK_INS);
            assertThat(yaml).startsWith("# footplan check-ins:").contains("\n- date: 2027-01-06")
                    .contains("  effort: right\n").contains("  note: \"calves tight\"\n");
            assertThat(CheckInsFile.toYaml(CheckIns.none())).endsWith("\n[]\n");
            assertThat(parse(CheckInsFile.toYaml(CheckIns.none()))).isEqualTo(CheckIns.none());
        }

        @Test
        void neverWritesWhatItWouldRefuseToRead() {
            CheckIns huge = CheckIns.none();
            LocalDate date = LocalDate.of(2027, 1, 4);
            for (int i = 0; i < 200; i++) {
                huge = huge.with(CheckIn.missed(date.plusDays(i), "\u6f22".repeat(CheckIn.MAX_NOTE_LENGTH)));
            }
            Path file = dir.resolve(FILE);
            CheckIns tooMany = huge;
            assertThat(cleanMessage(assertThrows(AnswersException.class, () -> CheckInsFile.write(file, tooMany)),
                    file.toString())).isEqualTo(file + ": would be larger than 64 KiB, more than footplan reads"
                    + " back; shorten some notes");
            assertThat(file).doesNotExist();
        }

        @Test
        void aFileThatCannotBeWritten() throws IOException {
            Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
            Path file = notAFolder.resolve(FILE);
            assertThat(cleanMessage(assertThrows(AnswersException.class,
                    () -> CheckInsFile.write(file, VALID_CHECK_INS)), file.toString())).startsWith(file + ": ");
        }
    }

    @Nested
    class Names {

        @ParameterizedTest
        @CsvSource({
                "answers.yaml,            answers.checkins.yaml",
                "people/alex.yml,         people/alex.checkins.yml",
                "Alex.YAML,               Alex.checkins.YAML",
                "answers,                 answers.checkins.yaml",
                "answers.txt,             answers.txt.checkins.yaml",
                ".hidden.yaml,            .hidden.checkins.yaml"})
        void theCheckInsOfAnAnswersFileAreBesideIt(String answers, String checkIns) {
            assertThat(CheckInsFile.defaultFor(Path.of(answers))).isEqualTo(Path.of(checkIns));
            assertThat(CheckInsFile.isCheckInsFile(Path.of(checkIns))).isTrue();
            assertThat(CheckInsFile.isCheckInsFile(Path.of(answers))).isFalse();
        }
    }

    @Nested
    class SessionDates {

        private final Path file = Path.of(FILE);
        private final List<LocalDate> sessions = List.of(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 8),
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 13));

        @Test
        void checkInsOnSessionDatesPass() {
            CheckInsFile.checkSessions(VALID_CHECK_INS, sessions, file);
        }

        @Test
        void aDateWithoutASessionIsNamedWithTheNearestSessions() {
            CheckIns checkIns = VALID_CHECK_INS.with(CheckIn.missed(LocalDate.of(2027, 1, 12), ""));
            assertThatThrownBy(() -> CheckInsFile.checkSessions(checkIns, sessions, file))
                    .isInstanceOf(AnswersException.class)
                    .hasMessage(FILE + ": entry 4 (2027-01-12): date: is not the date of a session of the program;"
                            + " the nearest sessions are on 2027-01-11 and 2027-01-13");
            CheckIns late = CheckIns.of(CheckIn.missed(LocalDate.of(2027, 2, 1), ""));
            assertThatThrownBy(() -> CheckInsFile.checkSessions(late, sessions, file))
                    .hasMessageEndingWith("; the nearest session is on 2027-01-13");
        }
    }
}
