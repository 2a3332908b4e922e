package footplan.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import footplan.schedule.SessionPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The answers files in examples/ work as they are, and say what the README says they do; so do the check-ins
 * examples beside them, whose dates are sessions of their answers' schedule.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");

    private static Answers example(String name) {
        return AnswersFile.read(EXAMPLES.resolve(name));
    }

    @Test
    void everyExampleParsesAndSurvivesARoundTrip() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") && !CheckInsFile.isCheckInsFile(p)).sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(files.size() >= 4, "at least four examples");
        for (Path file : files) {
            Answers answers = AnswersFile.read(file);
            assertEquals(answers, AnswersFile.parse(AnswersFile.toYaml(answers), file.toString()));
            assertTrue(Files.readString(file).startsWith("# Example: "), file + " says who it describes");
        }
    }

    @Test
    void kneeRunner() {
        Answers a = example("knee-runner.yaml");
        assertEquals(Set.of(PainArea.KNEE), a.pain().areas());
        assertEquals(4, a.pain().level());
        assertTrue(a.footwear().running());
        assertTrue(a.footwear().notes().contains("worn running shoes"));
        assertEquals(Set.of(Equipment.CHAIR, Equipment.BAND, Equipment.TOWEL), a.equipment());
        assertEquals(3, a.schedule().sessionsPerWeek());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), a.schedule().days());
        assertEquals(LocalTime.of(7, 30), a.schedule().time());
        assertEquals(ZoneId.of("Europe/Berlin"), a.schedule().zone());
        assertEquals(LocalDate.of(2026, 12, 1), a.schedule().start());
        assertEquals(6, a.schedule().weeks());
        assertEquals(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)), a.schedule().skip());
        assertEquals(DayOfWeek.FRIDAY, LocalDate.of(2026, 12, 25).getDayOfWeek());
        assertTrue(a.safety().yes().isEmpty());
    }

    @Test
    void everyCheckInsExampleIsBesideItsAnswersOnTheirSessionDatesAndSurvivesARoundTrip() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(CheckInsFile::isCheckInsFile).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "at least one check-ins example");
        for (Path file : files) {
            CheckIns checkIns = CheckInsFile.read(file);
            assertEquals(checkIns, CheckInsFile.parse(CheckInsFile.toYaml(checkIns), file.toString()));
            assertTrue(Files.readString(file).startsWith("# Example: "), file + " says who it describes");
            Path answers = EXAMPLES.resolve(file.getFileName().toString().replace(".checkins.", "."));
            assertEquals(file, CheckInsFile.defaultFor(answers));
            List<LocalDate> sessions = SessionPlanner.plan(AnswersFile.read(answers).schedule()).sessions().stream()
                    .map(s -> s.start().toLocalDate()).toList();
            CheckInsFile.checkSessions(checkIns, sessions, file);
        }
    }

    @Test
    void kneeRunnerCheckIns() {
        CheckIns c = CheckInsFile.read(EXAMPLES.resolve("knee-runner.checkins.yaml"));
        assertEquals(9, c.size());
        assertEquals(LocalDate.of(2026, 12, 2), c.entries().get(0).date());
        assertEquals(Optional.of(Effort.HARD), c.on(LocalDate.of(2026, 12, 11)).orElseThrow().effort());
        assertEquals(OptionalInt.of(6), c.on(LocalDate.of(2026, 12, 18)).orElseThrow().painDuring());
        assertFalse(c.on(LocalDate.of(2026, 12, 21)).orElseThrow().done());
    }

    @Test
    void officeHeels() {
        Answers a = example("office-heels.yaml");
        assertEquals(Set.of(PainArea.BACK), a.pain().areas());
        assertEquals(5, a.pain().level());
        assertTrue(a.footwear().highHeels());
        assertTrue(a.footwear().pointedToes());
        assertEquals("heels at work three days a week, narrow pointed shoes", a.footwear().notes());
        assertEquals(15, a.sessionMinutes());
        assertEquals(2, a.schedule().sessionsPerWeek());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), a.schedule().days());
        assertEquals(LocalTime.of(18, 0), a.schedule().time());
        assertEquals(ZoneId.of("America/New_York"), a.schedule().zone());
        assertEquals(8, a.schedule().weeks());
        assertEquals(LocalDate.of(2026, 12, 1), a.schedule().start());
    }

    @Test
    void hipNoFloor() {
        Answers a = example("hip-no-floor.yaml");
        assertEquals("Zoë", a.name());
        assertEquals(Set.of(PainArea.HIP), a.pain().areas());
        assertEquals(3, a.pain().level());
        assertEquals(new Abilities(false, false, false), a.abilities());
        assertEquals(Set.of(Equipment.CHAIR, Equipment.TOWEL), a.equipment());
        assertFalse(a.has(Equipment.BAND));
        assertEquals(20, a.sessionMinutes());
        assertEquals(2, a.schedule().sessionsPerWeek());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), a.schedule().days());
        assertEquals(LocalTime.of(10, 0), a.schedule().time());
        assertEquals(ZoneId.of("Pacific/Auckland"), a.schedule().zone());
        assertEquals(4, a.schedule().weeks());
    }

    @Test
    void referral() {
        Answers a = example("referral.yaml");
        assertEquals(Set.of(PainArea.KNEE), a.pain().areas());
        assertEquals(Set.of(SafetyQuestion.RECENT_FALL_OR_INJURY), a.safety().yes());
    }
}
