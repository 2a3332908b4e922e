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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers in plain words: the summary shown before saving, and what changed since last time. */
final class Review {

    private Review() {
    }

    /**
     * The answers one by one, in the order of the answers file: the numbered lines of the summary, and what
     * "change one" asks for by number or by name.
     */
    enum Item {
        NAME("name", a -> a.name().isEmpty() ? "(none)" : a.name()),
        PAIN_AREAS("pain areas", a -> areas(a.pain().areas()), "areas"),
        PAIN_LEVEL("pain level", a -> a.pain().level() + " of 10", "level"),
        LEG_RADIATING("pain down the leg", a -> yesNo(a.pain().legRadiating()), "pain.leg_radiating", "leg_radiating",
                "leg"),
        SAFETY("safety", a -> a.safety().yes().isEmpty() ? "no warning signs"
                : a.safety().yes().stream().map(SafetyQuestion::description).collect(Collectors.joining("; ")),
                safetyKeys()),
        HIGH_HEELS("high heels", a -> yesNo(a.footwear().highHeels()), "footwear.high_heels", "heels"),
        POINTED_TOES("pointed toes", a -> yesNo(a.footwear().pointedToes()), "footwear.pointed_toes"),
        POOR_FIT("poorly fitting shoes", a -> yesNo(a.footwear().poorFit()), "footwear.poor_fit", "poor_fit"),
        RUNNING("running", a -> yesNo(a.footwear().running()), "footwear.running"),
        NOTES("shoe notes", a -> a.footwear().notes().isEmpty() ? "(none)" : a.footwear().notes().replace('\n', ' '),
                "footwear.notes", "notes"),
        ONE_LEG("can stand on one leg", a -> yesNo(a.abilities().standOnOneLeg()),
                "abilities.stand_on_one_leg", "stand_on_one_leg"),
        LIE("can lie on the floor", a -> yesNo(a.abilities().lieOnFloor()), "abilities.lie_on_floor", "lie_on_floor"),
        SIT("can sit on the floor", a -> yesNo(a.abilities().sitOnFloor()), "abilities.sit_on_floor", "sit_on_floor"),
        EQUIPMENT("equipment", a -> equipment(a.equipment())),
        MINUTES("minutes per session", a -> String.valueOf(a.sessionMinutes()), "session_minutes", "minutes"),
        SESSIONS("sessions per week", a -> String.valueOf(a.schedule().sessionsPerWeek()),
                "schedule.sessions_per_week", "sessions"),
        DAYS("days", a -> days(a.schedule().days()), "schedule.days"),
        TIME("time", a -> Values.timeText(a.schedule().time()), "schedule.time", "time of day"),
        ZONE("time zone", a -> a.schedule().zone().getId(), "schedule.timezone", "timezone", "zone"),
        START("start", a -> a.schedule().start().toString(), "schedule.start", "first day"),
        WEEKS("weeks", a -> String.valueOf(a.schedule().weeks()), "schedule.weeks"),
        REMINDER("reminder", a -> a.schedule().reminderMinutes() == 0 ? "none"
                : a.schedule().reminderMinutes() + " minutes before", "schedule.reminder_minutes",
                "reminder_minutes"),
        SKIP("skipped dates", a -> dates(a.schedule().skip()), "schedule.skip", "skip");

        private final String label;
        private final Function<Answers, String> value;
        private final List<String> names;

        Item(String label, Function<Answers, String> value, String... names) {
            this.label = label;
            this.value = value;
            List<String> all = new ArrayList<>(List.of(label));
            all.addAll(List.of(names));
            this.names = all.stream().map(Item::normal).collect(Collectors.toList());
        }

        String label() {
            return label;
        }

        /** Its line of the summary, e.g. {@code 18. time: 07:30}. */
        String line(Answers answers) {
            return String.format(Locale.ROOT, "%2d. %s: %s", ordinal() + 1, label, value.apply(answers));
        }

        /**
         * The item a person means by a number of the summary, its label or its key in the answers file
         * ({@code 18}, {@code time}, {@code schedule.time}); case, spaces, dots and underscores do not matter.
         */
        static Optional<Item> named(String text) {
            String t = text.strip();
            if (t.matches("\\d{1,3}")) {
                int number = Integer.parseInt(t);
                return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
            }
            String normal = normal(t);
            return Arrays.stream(values()).filter(item -> item.names.contains(normal)).findFirst();
        }

        private static String normal(String name) {
            return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "_");
        }

        private static String[] safetyKeys() {
            return Arrays.stream(SafetyQuestion.values()).map(SafetyQuestion::key).toArray(String[]::new);
        }
    }

    /** One numbered line per answer, as {@link Item} numbers them. */
    static List<String> summary(Answers a) {
        return Arrays.stream(Item.values()).map(item -> item.line(a)).collect(Collectors.toList());
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
