package footplan;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Valid answers of every kind, for property tests: all areas, pain levels, safety answers, footwear, abilities,
 * equipment, budgets, zones (every IANA zone, and often the ones with unusual clock changes), days, times (often
 * in the small hours, when clocks change), start dates over the years answers allow, program lengths, reminders
 * and skipped dates.
 *
 * <p>Everything generated is something the answers file accepts, so the same samples can go through the
 * command line as YAML.
 */
public final class GeneratedAnswers {

    /** Zones with unusual clock changes: half-hour DST, negative DST, southern summers, far offsets. */
    static final List<String> AWKWARD_ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "Europe/Dublin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham", "America/Santiago",
            "Africa/Casablanca", "Asia/Tehran", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo",
            "Australia/Sydney", "Europe/London", "America/Havana", "Asia/Gaza", "UTC");

    /** The zone ids the answers file accepts: IANA names, not the ids other libraries register or IANA dropped. */
    static final List<String> ALL_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(Pattern.compile("[A-Za-z][A-Za-z0-9/_+-]*").asMatchPredicate())
            .filter(id -> !id.startsWith("SystemV/") && !id.startsWith("ical4j"))
            .sorted()
            .toList();

    private static final List<String> NAMES = List.of("", "Alex", "Zoë Smith", "李雷", "O'Brien", "Ana 🦶",
            "שרה כהן", "Jean-Luc \"JL\" Picard", "back\\slash", "  spaces around  ", "x".repeat(60));

    private static final List<String> NOTES = List.of("", "heels at work three days a week", "pointy shoes",
            "runs three times a week in worn running shoes", "I jog; shoes pinch", "Stilettos! And marathons.",
            "narrow, tight, too small", "keine Absätze, nur Turnschuhe", "line one\nline two", "\"quoted\" words",
            "high-heeled pumps on Fridays", "nothing special");

    private static final Gen<Integer> REMINDERS = Gen.oneOf(0, 5, 10, 30, 60, Schedule.MAX_REMINDER_MINUTES);

    private GeneratedAnswers() {
    }

    /** Any valid answers, referrals included (about a third of them). */
    public static Gen<Answers> answers() {
        Gen<Safety> safety = Gen.weighted(4, Gen.just(Safety.allClear()),
                1, Gen.subset(SafetyQuestion.class, 1).map(Safety::new));
        return answers(safety, Gen.ints(0, Pain.MAX_LEVEL));
    }

    /** Valid answers that make a plan: every safety answer no and pain below 8. */
    public static Gen<Answers> plannable() {
        return answers(Gen.just(Safety.allClear()), Gen.ints(0, 7));
    }

    private static Gen<Answers> answers(Gen<Safety> safety, Gen<Integer> level) {
        Gen<String> names = Gen.oneOf(NAMES);
        Gen<String> notes = Gen.weighted(3, Gen.oneOf(NOTES), 1, Gen.text("abcdefghijklmnopqrstuvwxyz ,.-äéß", 120));
        Gen<Boolean> bool = Gen.bool();
        Gen<Integer> minutes = Gen.ints(Answers.MIN_SESSION_MINUTES, Answers.MAX_SESSION_MINUTES);
        Gen<Schedule> schedules = schedules();
        return random -> new Answers(names.next(random),
                new Pain(Gen.subset(PainArea.class, 0).next(random), level.next(random), bool.next(random)),
                safety.next(random),
                new Footwear(bool.next(random), bool.next(random), bool.next(random), bool.next(random),
                        notes.next(random)),
                new Abilities(bool.next(random), bool.next(random), bool.next(random)),
                Gen.subset(Equipment.class, 0).next(random),
                minutes.next(random),
                schedules.next(random));
    }

    /** Any schedule the answers file accepts; one in five has a session right inside a clock change. */
    public static Gen<Schedule> schedules() {
        return Gen.weighted(4, anySchedule(), 1, aroundAClockChange());
    }

    private static Gen<Schedule> anySchedule() {
        Gen<ZoneId> zones = Gen.weighted(1, Gen.oneOf(AWKWARD_ZONES), 1, Gen.oneOf(ALL_ZONES)).map(ZoneId::of);
        Gen<LocalDate> starts = Gen.weighted(3, days(LocalDate.of(2024, 1, 1), LocalDate.of(2035, 12, 31)),
                1, days(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)));
        return random -> {
            int perWeek = random.nextInt(Schedule.MIN_SESSIONS, Schedule.MAX_SESSIONS + 1);
            Set<DayOfWeek> days = Gen.subset(DayOfWeek.class, perWeek).next(random);
            LocalDate start = starts.next(random);
            int weeks = random.nextInt(Schedule.MIN_WEEKS, Schedule.MAX_WEEKS + 1);
            return new Schedule(perWeek, days, times().next(random), zones.next(random), start, weeks,
                    REMINDERS.next(random), skips(start, weeks).next(random));
        };
    }

    /**
     * A program that runs over a clock change of its zone, with a session on the day of the change at a time the
     * clocks skip or show twice that day.
     */
    private static Gen<Schedule> aroundAClockChange() {
        Gen<ZoneId> zones = Gen.oneOf(AWKWARD_ZONES).map(ZoneId::of);
        Gen<LocalDate> after = days(LocalDate.of(2024, 1, 1), LocalDate.of(2036, 12, 31));
        return random -> {
            ZoneId zone = zones.next(random);
            ZoneOffsetTransition change = zone.getRules()
                    .nextTransition(after.next(random).atStartOfDay(ZoneOffset.UTC).toInstant());
            if (change == null) {
                return anySchedule().next(random);
            }
            LocalDateTime local = change.isGap() ? change.getDateTimeBefore() : change.getDateTimeAfter();
            long inside = Math.max(1, Math.abs(change.getDuration().toMinutes()));
            LocalTime time = local.toLocalTime().plusMinutes(random.nextLong(inside)).withSecond(0);
            LocalDate start = local.toLocalDate().minusDays(random.nextInt(0, 15));
            int weeks = random.nextInt(3, 9);
            int perWeek = random.nextInt(Schedule.MIN_SESSIONS, Schedule.MAX_SESSIONS + 1);
            DayOfWeek day = local.getDayOfWeek();
            Set<DayOfWeek> days = perWeek == 2 ? EnumSet.of(day, day.plus(3))
                    : EnumSet.of(day, day.plus(2), day.plus(4));
            return new Schedule(perWeek, days, time, zone, start, weeks,
                    REMINDERS.next(random), skips(start, weeks).next(random));
        };
    }

    /** Often between midnight and 04:00, when clocks change. */
    private static Gen<LocalTime> times() {
        Gen<LocalTime> small = random -> LocalTime.of(random.nextInt(0, 4), random.nextInt(0, 60));
        Gen<LocalTime> any = random -> LocalTime.of(random.nextInt(0, 24), random.nextInt(0, 60));
        return Gen.weighted(1, small, 2, any);
    }

    private static Gen<LocalDate> days(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return random -> from.plusDays(random.nextLong(span + 1));
    }

    /** Up to eight dates, mostly inside the program, some just outside it. */
    private static Gen<TreeSet<LocalDate>> skips(LocalDate start, int weeks) {
        return Gen.ints(-7, weeks * 7 + 7).map(start::plusDays).list(0, 8).map(TreeSet::new);
    }
}
