package footplan.answers;

import static footplan.answers.AnswersFixtures.validAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AnswersYamlTest {

    @Test
    void theDesignExampleSurvivesARoundTrip() {
        Answers answers = validAnswers();
        assertEquals(answers, AnswersFile.parse(AnswersFile.toYaml(answers), "out.yaml"));
    }

    @Test
    void awkwardTextSurvivesARoundTrip() {
        Answers answers = new Answers("Zoë \"Z\" O'Brien: #1 \\ 日本",
                new Pain(Set.of(), 0, true),
                new Safety(Set.of(SafetyQuestion.CANNOT_BEAR_WEIGHT, SafetyQuestion.SADDLE_NUMBNESS)),
                new Footwear(false, true, true, false, "line one\nline two\twith tab\u2028and a separator: - [x] {y} *z &w"),
                new Abilities(false, false, false),
                Set.of(),
                40,
                new Schedule(2, Set.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), LocalTime.of(23, 59),
                        ZoneId.of("America/Argentina/Buenos_Aires"), LocalDate.of(2099, 12, 31), 26, 1440,
                        new TreeSet<>(Set.of(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 2, 28)))));
        assertEquals(answers, AnswersFile.parse(AnswersFile.toYaml(answers), "out.yaml"));
    }

    @Test
    void everyZoneSurvivesARoundTrip() {
        Answers base = validAnswers();
        for (String id : Values.zoneIds()) {
            Schedule s = base.schedule();
            Answers answers = new Answers(base.name(), base.pain(), base.safety(), base.footwear(), base.abilities(),
                    base.equipment(), base.sessionMinutes(), new Schedule(s.sessionsPerWeek(), s.days(), s.time(),
                    ZoneId.of(id), s.start(), s.weeks(), s.reminderMinutes(), s.skip()));
            assertEquals(answers, AnswersFile.parse(AnswersFile.toYaml(answers), "out.yaml"), id);
        }
    }

    @Test
    void theFileIsInTheDocumentedOrderWithComments() {
        String yaml = AnswersFile.toYaml(validAnswers());
        List<String> keys = List.of("name:", "pain:", "  areas: [back, knee]", "  level: 4", "  leg_radiating: false",
                "safety:", "  saddle_numbness: false", "  cannot_bear_weight: false", "footwear:", "  high_heels: true",
                "  notes: \"heels at work three days a week\"", "abilities:", "  sit_on_floor: true",
                "equipment: [chair, band, towel]", "session_minutes: 20", "schedule:", "  sessions_per_week: 3",
                "  days: [mon, wed, fri]", "  time: \"07:30\"", "  timezone: Europe/Berlin", "  start: 2026-12-01",
                "  weeks: 6", "  reminder_minutes: 10", "  skip: [2026-12-24]");
        int at = 0;
        for (String key : keys) {
            int found = yaml.indexOf(key, at);
            assertTrue(found >= at, () -> key + " missing or out of order in\n" + yaml);
            at = found;
        }
        assertTrue(yaml.contains("# 0-10, a typical day"));
        assertTrue(yaml.contains("# dates with no session; dates outside the program have no effect"));
        assertTrue(yaml.startsWith("# footplan answers."));
    }
}
