package footplan.answers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/** A valid answers file in the documented format, and checks shared by the tests. */
public final class AnswersFixtures {

    static final String FILE = "answers.yaml";

    /** The answers file of the design, word for word. */
    static final String VALID = """
            name: Alex                      # optional; the title of the calendar
            pain:
              areas: [knee, back]           # any of back, hip, knee; [] = prevention only
              level: 4                      # 0-10, a typical day
              leg_radiating: false          # pain that travels down the leg (sciatica-like)
            safety:                         # every key required; any true = no plan, see a clinician
              saddle_numbness: false
              bladder_or_bowel_change: false
              progressive_leg_weakness: false
              recent_fall_or_injury: false
              fever_or_unexplained_weight_loss: false
              severe_night_pain: false
              hot_swollen_joint: false
              cannot_bear_weight: false
            footwear:
              high_heels: true
              pointed_toes: false
              poor_fit: false
              running: true
              notes: "heels at work three days a week"   # free text; rules recognise keywords
            abilities:
              stand_on_one_leg: true        # 10 s, holding a chair
              lie_on_floor: true            # and get up again
              sit_on_floor: true
            equipment: [chair, band, towel] # what you have
            session_minutes: 20             # time budget per session, 10-40
            schedule:
              sessions_per_week: 3          # 2 or 3
              days: [mon, wed, fri]         # allowed days, at least sessions_per_week of them
              time: "07:30"                 # local time of day, HH:MM
              timezone: Europe/Berlin       # IANA zone id
              start: 2026-12-01             # first possible day
              weeks: 6                      # program length, 1-26
              reminder_minutes: 10          # alarm before each session; 0 = none
              skip: [2026-12-24]            # dates with no session
            """;

    private AnswersFixtures() {
    }

    /** The answers of {@link #VALID}, built by hand. */
    public static Answers validAnswers() {
        return new Answers("Alex",
                new Pain(Set.of(PainArea.KNEE, PainArea.BACK), 4, false),
                Safety.allClear(),
                new Footwear(true, false, false, true, "heels at work three days a week"),
                new Abilities(true, true, true),
                Set.of(Equipment.CHAIR, Equipment.BAND, Equipment.TOWEL),
                20,
                new Schedule(3, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 12, 1), 6, 10,
                        new TreeSet<>(Set.of(LocalDate.of(2026, 12, 24)))));
    }

    /** VALID with one piece of text replaced; fails loudly if the piece is not there. */
    static String validWith(String old, String replacement) {
        assertTrue(VALID.contains(old), () -> "fixture has no " + old);
        return VALID.replace(old, replacement);
    }

    /** VALID without the line that holds {@code text}. */
    static String validWithout(String text) {
        return validWith(lineWith(text), "");
    }

    static String lineWith(String text) {
        for (String line : VALID.split("\n")) {
            if (line.contains(text)) {
                return line + "\n";
            }
        }
        throw new AssertionError("fixture has no line with " + text);
    }

    /** Parses and expects a refusal; checks the message is one clean line that names the file. */
    static String refusal(String yaml) {
        AnswersException e = assertThrows(AnswersException.class, () -> AnswersFile.parse(yaml, FILE));
        return cleanMessage(e, FILE);
    }

    static String cleanMessage(AnswersException e, String file) {
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": "), () -> "does not start with the file: " + message);
        assertFalse(message.contains("\n"), () -> "more than one line: " + message);
        for (String leak : new String[]{"jackson", "snakeyaml", "exception", "fasterxml", "java."}) {
            assertFalse(message.toLowerCase().contains(leak), () -> "leaks " + leak + ": " + message);
        }
        return message;
    }
}
