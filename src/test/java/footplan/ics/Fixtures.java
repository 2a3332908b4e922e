package footplan.ics;

import footplan.rules.PlannedExercise;
import footplan.rules.Position;
import footplan.rules.Routine;
import footplan.rules.WeekRoutine;
import footplan.schedule.Session;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Hand-made routines and sessions, shaped like what the rules and the schedule produce. */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate START = LocalDate.of(2026, 12, 1); // a Tuesday
    static final LocalTime TIME = LocalTime.of(7, 30);
    static final Instant FIRST_STAMP = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant SECOND_STAMP = Instant.parse("2026-11-27T18:15:00Z");
    /** The stop-if-worse advice of rules/advice.drl, which every session ends with. */
    static final String STOP = "Move slowly and stop any exercise that makes your pain worse. If your pain keeps"
            + " getting worse over a week or two, see a clinician.";

    private Fixtures() {
    }

    static PlannedExercise heelRaises(int reps) {
        return new PlannedExercise("heel-raises", "Heel raises", Position.STANDING, null, 2, reps, 0, true,
                "2 sets of " + reps + " slow raises on each leg", 300,
                List.of("Stand tall behind a chair and rest your hands lightly on its back.",
                        "Rise slowly onto the ball of your right foot, then lower the heel."),
                List.of("knee pain: strengthens the calves"));
    }

    static PlannedExercise ankleCircles() {
        return new PlannedExercise("ankle-circles", "Ankle circles", Position.SITTING_ON_CHAIR,
                "done sitting on a chair instead of lying on your back", 5, 5, 0, true,
                "5 sets of 5 circles each way, each foot", 240,
                List.of("Sit tall and lift your right foot a little.", "Circle the ankle clockwise, then back."),
                List.of("cannot lie on the floor: adapted"));
    }

    static PlannedExercise toeCurls() {
        return new PlannedExercise("toe-curls", "Towel toe curls", Position.SITTING_ON_CHAIR, null, 5, 5, 10, false,
                "5 sets of 5 scrunches each way", 360,
                List.of("Sit on a chair with a towel under both feet.", "Scrunch the towel toward you with your toes."),
                List.of("runner: strengthens the toes"));
    }

    static WeekRoutine week(int week, int minutes, PlannedExercise... exercises) {
        return new WeekRoutine(week, minutes, List.of(exercises));
    }

    /** A routine of the given weeks: heel raises (10 reps + week) and ankle circles, 20 minutes. */
    static Routine routine(int weeks) {
        var list = new ArrayList<WeekRoutine>();
        for (int w = 1; w <= weeks; w++) {
            list.add(week(w, 20, heelRaises(9 + w), ankleCircles()));
        }
        return routine(list);
    }

    static Routine routine(List<WeekRoutine> weeks) {
        return new Routine(Optional.empty(), List.of("Wear shoes with room for your toes.", STOP), List.of(), weeks,
                List.of(), List.of(STOP));
    }

    static Routine replaceWeek(Routine routine, WeekRoutine replacement) {
        var weeks = new ArrayList<>(routine.weeks());
        weeks.set(replacement.week() - 1, replacement);
        return routine(weeks);
    }

    /** Two sessions a week, Tuesday (slot 0) and Thursday (slot 1), at 07:30 in the zone. */
    static List<Session> sessions(int weeks, ZoneId zone) {
        var sessions = new ArrayList<Session>();
        for (int w = 1; w <= weeks; w++) {
            var monday = START.plusWeeks(w - 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            sessions.add(new Session(w, 0, monday.plusDays(1).atTime(TIME).atZone(zone)));
            sessions.add(new Session(w, 1, monday.plusDays(3).atTime(TIME).atZone(zone)));
        }
        return sessions;
    }

    static List<Session> sessions(int weeks) {
        return sessions(weeks, BERLIN);
    }

    static List<Session> change(List<Session> sessions, int week, int slot, UnaryOperator<Session> change) {
        return sessions.stream().map(s -> s.week() == week && s.slot() == slot ? change.apply(s) : s).toList();
    }

    static CalendarRequest request(Path file, Routine routine, List<Session> sessions) {
        return new CalendarRequest(file, "Foot routine – Alex", routine, sessions, 10, false, "fp-alex-1",
                FIRST_STAMP);
    }

    static CalendarRequest rerun(CalendarRequest first, Routine routine, List<Session> sessions) {
        return new CalendarRequest(first.file(), first.title(), routine, sessions, first.reminderMinutes(), false,
                "fp-alex-2", SECOND_STAMP);
    }
}
