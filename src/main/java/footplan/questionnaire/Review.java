package footplan.questionnaire;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.PainArea;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import footplan.answers.Values;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Answers in plain words: the summary shown before saving, and what changed since last time. */
final class Review {

    private Review() {
    }

    static List<String> summary(Answers a) {
        Schedule s = a.schedule();
        List<String> lines = new ArrayList<>();
        lines.add("name: " + (a.name().isEmpty() ? "(none)" : a.name()));
        lines.add("pain: " + areas(a.pain().areas()) + ", level " + a.pain().level() + " of 10, down the leg: "
                + yesNo(a.pain().legRadiating()));
        lines.add("safety: " + (a.safety().yes().isEmpty() ? "no warning signs"
                : a.safety().yes().stream().map(SafetyQuestion::description).collect(Collectors.joining("; "))));
        Footwear f = a.footwear();
        lines.add("footwear: high heels " + yesNo(f.highHeels()) + ", pointed toes " + yesNo(f.pointedToes())
                + ", poor fit " + yesNo(f.poorFit()) + ", running " + yesNo(f.running()));
        lines.add("shoe notes: " + (f.notes().isEmpty() ? "(none)" : f.notes().replace('\n', ' ')));
        Abilities ab = a.abilities();
        lines.add("you can: stand on one leg " + yesNo(ab.standOnOneLeg()) + ", lie on the floor "
                + yesNo(ab.lieOnFloor()) + ", sit on the floor " + yesNo(ab.sitOnFloor()));
        lines.add("equipment: " + equipment(a.equipment()));
        lines.add("sessions: " + s.sessionsPerWeek() + " a week of " + a.sessionMinutes() + " minutes, on "
                + days(s.days()) + " at " + Values.timeText(s.time()) + " (" + s.zone().getId() + ")");
        lines.add("program: " + s.weeks() + " weeks from " + s.start() + ", reminder "
                + (s.reminderMinutes() == 0 ? "none" : s.reminderMinutes() + " minutes before")
                + ", no session on " + dates(s.skip()));
        return lines;
    }

    /** One plain-English line per answer that differs, in questionnaire order; empty when none does. */
    static List<String> changes(Answers before, Answers now) {
        List<String> lines = new ArrayList<>();
        change(lines, "name", text(before.name()), text(now.name()));
        for (SafetyQuestion q : SafetyQuestion.values()) {
            change(lines, "safety, " + q.description(), yesNo(before.safety().answeredYes(q)),
                    yesNo(now.safety().answeredYes(q)));
        }
        change(lines, "pain areas", areas(before.pain().areas()), areas(now.pain().areas()));
        change(lines, "pain level", before.pain().level(), now.pain().level());
        change(lines, "pain down the leg", yesNo(before.pain().legRadiating()), yesNo(now.pain().legRadiating()));
        footwear(lines, before.footwear(), now.footwear());
        abilities(lines, before.abilities(), now.abilities());
        change(lines, "equipment", equipment(before.equipment()), equipment(now.equipment()));
        change(lines, "minutes per session", before.sessionMinutes(), now.sessionMinutes());
        schedule(lines, before.schedule(), now.schedule());
        return lines;
    }

    private static void footwear(List<String> lines, Footwear before, Footwear now) {
        change(lines, "high heels", yesNo(before.highHeels()), yesNo(now.highHeels()));
        change(lines, "pointed toes", yesNo(before.pointedToes()), yesNo(now.pointedToes()));
        change(lines, "poorly fitting shoes", yesNo(before.poorFit()), yesNo(now.poorFit()));
        change(lines, "running", yesNo(before.running()), yesNo(now.running()));
        change(lines, "shoe notes", text(before.notes()), text(now.notes()));
    }

    private static void abilities(List<String> lines, Abilities before, Abilities now) {
        change(lines, "can stand on one leg", yesNo(before.standOnOneLeg()), yesNo(now.standOnOneLeg()));
        change(lines, "can lie on the floor", yesNo(before.lieOnFloor()), yesNo(now.lieOnFloor()));
        change(lines, "can sit on the floor", yesNo(before.sitOnFloor()), yesNo(now.sitOnFloor()));
    }

    private static void schedule(List<String> lines, Schedule before, Schedule now) {
        change(lines, "sessions per week", before.sessionsPerWeek(), now.sessionsPerWeek());
        change(lines, "days", days(before.days()), days(now.days()));
        change(lines, "time", Values.timeText(before.time()), Values.timeText(now.time()));
        change(lines, "time zone", before.zone().getId(), now.zone().getId());
        change(lines, "start", before.start(), now.start());
        change(lines, "weeks", before.weeks(), now.weeks());
        change(lines, "reminder minutes", before.reminderMinutes(), now.reminderMinutes());
        change(lines, "skipped dates", dates(before.skip()), dates(now.skip()));
    }

    private static void change(List<String> lines, String what, Object before, Object now) {
        if (!Objects.equals(before, now)) {
            lines.add(what + " changed from " + before + " to " + now);
        }
    }

    static String areas(Collection<PainArea> areas) {
        return words(areas.stream().map(PainArea::key).collect(Collectors.toList()));
    }

    static String equipment(Collection<Equipment> equipment) {
        return words(equipment.stream().map(Equipment::key).collect(Collectors.toList()));
    }

    static String days(Collection<DayOfWeek> days) {
        return words(days.stream().map(Values::dayKey).collect(Collectors.toList()));
    }

    static String dates(Collection<LocalDate> dates) {
        return words(dates.stream().map(LocalDate::toString).collect(Collectors.toList()));
    }

    private static String words(List<String> words) {
        return words.isEmpty() ? "none" : String.join(", ", words);
    }

    private static String text(String text) {
        return text.isEmpty() ? "(none)" : Values.quote(text);
    }

    private static String yesNo(boolean yes) {
        return yes ? "yes" : "no";
    }
}
