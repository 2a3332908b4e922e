package footplan.answers;

import static footplan.answers.AnswersTree.ABILITIES;
import static footplan.answers.AnswersTree.AREAS;
import static footplan.answers.AnswersTree.DAYS;
import static footplan.answers.AnswersTree.EQUIPMENT;
import static footplan.answers.AnswersTree.FOOTWEAR;
import static footplan.answers.AnswersTree.HIGH_HEELS;
import static footplan.answers.AnswersTree.LEG_RADIATING;
import static footplan.answers.AnswersTree.LEVEL;
import static footplan.answers.AnswersTree.LIE_ON_FLOOR;
import static footplan.answers.AnswersTree.NAME;
import static footplan.answers.AnswersTree.NOTES;
import static footplan.answers.AnswersTree.PAIN;
import static footplan.answers.AnswersTree.POINTED_TOES;
import static footplan.answers.AnswersTree.POOR_FIT;
import static footplan.answers.AnswersTree.REMINDER_MINUTES;
import static footplan.answers.AnswersTree.RUNNING;
import static footplan.answers.AnswersTree.SAFETY;
import static footplan.answers.AnswersTree.SCHEDULE;
import static footplan.answers.AnswersTree.SESSIONS_PER_WEEK;
import static footplan.answers.AnswersTree.SESSION_MINUTES;
import static footplan.answers.AnswersTree.SIT_ON_FLOOR;
import static footplan.answers.AnswersTree.SKIP;
import static footplan.answers.AnswersTree.STAND_ON_ONE_LEG;
import static footplan.answers.AnswersTree.START;
import static footplan.answers.AnswersTree.TIME;
import static footplan.answers.AnswersTree.TIMEZONE;
import static footplan.answers.AnswersTree.WEEKS;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@link Answers} as the friendly, commented file a person can edit by hand, keys in the order and
 * with the comments of the answers format in the design.
 */
final class AnswersYaml {

    private static final int COMMENT_COLUMN = 34;

    private final StringBuilder out = new StringBuilder();

    private AnswersYaml() {
    }

    static String of(Answers a) {
        return new AnswersYaml().write(a);
    }

    private String write(Answers a) {
        out.append("# footplan answers. Edit them and run `footplan plan` again, or run `footplan questionnaire`.\n");
        out.append("# Lists are written [a, b]; true/false answer the yes/no questions; text goes in quotes.\n\n");
        line(0, NAME, quoted(a.name()), "optional; the title of the calendar");
        pain(a.pain());
        safety(a.safety());
        footwear(a.footwear());
        abilities(a.abilities());
        line(0, EQUIPMENT, list(a.equipment().stream().map(Equipment::key).collect(Collectors.toList())),
                "what you have: any of " + Values.equipmentWords());
        line(0, SESSION_MINUTES, String.valueOf(a.sessionMinutes()), "time budget per session, 10-40");
        schedule(a.schedule());
        return out.toString();
    }

    private void pain(Pain pain) {
        line(0, PAIN, "", "");
        line(1, AREAS, list(pain.areas().stream().map(PainArea::key).collect(Collectors.toList())),
                "any of back, hip, knee; [] = prevention only");
        line(1, LEVEL, String.valueOf(pain.level()), "0-10, a typical day");
        line(1, LEG_RADIATING, bool(pain.legRadiating()), "pain that travels down the leg (sciatica-like)");
    }

    private void safety(Safety safety) {
        line(0, SAFETY, "", "every key required; any true = no plan, see a clinician");
        for (SafetyQuestion question : SafetyQuestion.values()) {
            line(1, question.key(), bool(safety.answeredYes(question)), question.description());
        }
    }

    private void footwear(Footwear footwear) {
        line(0, FOOTWEAR, "", "");
        line(1, HIGH_HEELS, bool(footwear.highHeels()), "");
        line(1, POINTED_TOES, bool(footwear.pointedToes()), "");
        line(1, POOR_FIT, bool(footwear.poorFit()), "tight, loose or worn-out shoes");
        line(1, RUNNING, bool(footwear.running()), "you run");
        line(1, NOTES, quoted(footwear.notes()), "free text; rules recognise keywords");
    }

    private void abilities(Abilities abilities) {
        line(0, ABILITIES, "", "what you can do today");
        line(1, STAND_ON_ONE_LEG, bool(abilities.standOnOneLeg()), "10 s, holding a chair");
        line(1, LIE_ON_FLOOR, bool(abilities.lieOnFloor()), "and get up again");
        line(1, SIT_ON_FLOOR, bool(abilities.sitOnFloor()), "and get up again");
    }

    private void schedule(Schedule s) {
        line(0, SCHEDULE, "", "");
        line(1, SESSIONS_PER_WEEK, String.valueOf(s.sessionsPerWeek()), "2 or 3");
        line(1, DAYS, list(s.days().stream().map(Values::dayKey).collect(Collectors.toList())),
                "allowed days, at least sessions_per_week of them");
        line(1, TIME, quoted(Values.timeText(s.time())), "local time of day, HH:MM");
        line(1, TIMEZONE, s.zone().getId(), "IANA zone id");
        line(1, START, s.start().toString(), "first possible day, YYYY-MM-DD");
        line(1, WEEKS, String.valueOf(s.weeks()), "program length, 1-26");
        line(1, REMINDER_MINUTES, String.valueOf(s.reminderMinutes()), "alarm before each session; 0 = none");
        line(1, SKIP, list(s.skip().stream().map(Object::toString).collect(Collectors.toList())),
                "dates with no session; dates outside the program have no effect");
    }

    private void line(int indent, String key, String value, String comment) {
        int lineStart = out.length();
        out.append("  ".repeat(indent)).append(key).append(':');
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        if (!comment.isEmpty()) {
            int width = out.length() - lineStart;
            out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - width))).append("# ").append(comment);
        }
        out.append('\n');
    }

    private static String bool(boolean value) {
        return String.valueOf(value);
    }

    private static String list(Collection<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /**
     * A YAML double-quoted scalar. Besides quotes, backslashes and control characters, the characters
     * YAML reads as line breaks (U+0085, U+2028, U+2029) are escaped so the text reads back unchanged.
     */
    static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"':
                    q.append("\\\"");
                    break;
                case '\\':
                    q.append("\\\\");
                    break;
                case '\n':
                    q.append("\\n");
                    break;
                case '\t':
                    q.append("\\t");
                    break;
                case '\r':
                    q.append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        q.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        q.appendCodePoint(c);
                    }
            }
        });
        return q.append('"').toString();
    }
}
