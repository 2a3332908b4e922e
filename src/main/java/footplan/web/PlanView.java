package footplan.web;

import footplan.ics.CalendarChanges;
import footplan.ics.CalendarResult;
import footplan.ics.SessionEvent;
import footplan.plan.PlanOutcome;
import footplan.rules.Explanation;
import footplan.rules.PlannedExercise;
import footplan.rules.Routine;
import footplan.rules.WeekRoutine;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One plan as the plan page and the handout show it: everything already in words, so the templates only lay it
 * out. Public because the compiled templates live in their own package.
 *
 * @param stem       the answers file's name without {@code .yaml}: the person's address in this server
 * @param title      the calendar's title, e.g. "Foot routine · Alex"
 * @param summary    weeks, sessions a week and minutes, in one line
 * @param referral   the reasons to see a clinician first; empty when there is a plan
 * @param cautions   what every session ends with, in the rules' words: when to stop, and pain down the leg
 * @param exercises  the first week's exercises, in order, each with its dose in every week
 * @param weeks      the week headings of the dose table, e.g. "Week 1 (about 9 min)"
 * @param sessions   every session of the program, past and ahead
 * @param changes    what this plan changed (or, for a preview, would change) in the calendar, in words
 * @param why        the rules' explanations, grouped under the exercise they are about
 * @param calendar   the calendar's file name in {@code calendars/}; empty when there is none yet
 * @param upToDate   whether the calendar holds this plan
 * @param written    whether this run wrote the calendar, so that {@code changes} are what it changed
 * @param cancelledAhead for a referral, the sessions ahead this run cancelled in the calendar file
 * @param token      the form token of this server
 */
public record PlanView(String stem, String title, String summary, List<String> referral, List<String> advice,
                       List<String> notes, List<String> cautions, List<ExerciseView> exercises, List<String> weeks,
                       List<SessionView> sessions, List<String> progress, List<String> changes,
                       Map<String, List<String>> why, Optional<String> calendar, boolean upToDate, boolean written, int cancelledAhead,
                       String token) {

    /** One exercise: its variant's name, position, steps and picture, and its dose week by week. */
    public record ExerciseView(String id, String name, String position, Optional<String> adaptation,
                               List<String> steps, String picture, String alt, List<String> doses) {

        /** The doses with the weeks that share one run together, e.g. "Weeks 2-6: 3 sets of 10". */
        public List<String> doseRuns() {
            List<String> runs = new ArrayList<>();
            int first = 0;
            for (int w = 1; w <= doses.size(); w++) {
                if (w == doses.size() || !doses.get(w).equals(doses.get(first))) {
                    String weeks = w - first == 1 ? "Week " + (first + 1) : "Weeks " + (first + 1) + "-" + w;
                    runs.add(weeks + ": " + doses.get(first));
                    first = w;
                }
            }
            return runs;
        }
    }

    /** One session, in the person's own time. */
    public record SessionView(int week, String day, String time, boolean cancelled, boolean past) {
    }

    private static final int MAX_CHANGE_LINES = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    static PlanView of(String stem, String title, PlanOutcome outcome, Instant now, String token) {
        Routine routine = outcome.routine();
        Optional<CalendarResult> calendar = outcome.calendar();
        return new PlanView(stem, title, summary(outcome),
                routine.referral().map(r -> r.reasons()).orElse(List.of()), routine.advice(), routine.notes(),
                routine.cautions(),
                exercises(routine), weeks(routine), sessions(calendar, now), progress(routine),
                calendar.map(c -> changes(c.changes())).orElse(List.of()), why(routine),
                calendar.filter(c -> c.file().toFile().exists()).map(c -> c.file().getFileName().toString()),
                calendar.map(c -> c.written() || c.changes().none() && c.file().toFile().exists()).orElse(false),
                calendar.map(CalendarResult::written).orElse(false),
                calendar.filter(CalendarResult::written).map(c -> c.changes().cancelled().size()).orElse(0), token);
    }

    /** The sessions not cancelled, one list per week in order: the rows of the handout's tick table. */
    public List<List<SessionView>> weeksOfSessions() {
        Map<Integer, List<SessionView>> byWeek = new java.util.TreeMap<>();
        sessions.stream().filter(s -> !s.cancelled())
                .forEach(s -> byWeek.computeIfAbsent(s.week(), k -> new ArrayList<>()).add(s));
        return List.copyOf(byWeek.values());
    }

    public boolean referred() {
        return !referral.isEmpty();
    }

    private static String summary(PlanOutcome outcome) {
        var a = outcome.answers();
        return a.schedule().weeks() + " weeks, " + a.schedule().sessionsPerWeek() + " sessions a week, up to "
                + a.sessionMinutes() + " minutes a session";
    }

    private static List<ExerciseView> exercises(Routine routine) {
        if (routine.weeks().isEmpty()) {
            return List.of();
        }
        List<ExerciseView> views = new ArrayList<>();
        for (PlannedExercise e : routine.weeks().get(0).exercises()) {
            var picture = Pictures.find(e.id(), e.variant());
            List<String> doses = routine.weeks().stream().map(w -> doseIn(w, e.id())).toList();
            views.add(new ExerciseView(e.id(), e.name(), e.position().label(),
                    e.adapted() ? Optional.of(e.adaptation()) : Optional.empty(), e.steps(),
                    picture.map(p -> "/pictures/" + p.fileName()).orElse(""),
                    picture.map(Pictures.Picture::alt).orElse(e.name()), doses));
        }
        return views;
    }

    private static String doseIn(WeekRoutine week, String exerciseId) {
        return week.exercises().stream().filter(x -> x.id().equals(exerciseId)).map(PlannedExercise::dosage)
                .findFirst().orElse("not this week");
    }

    private static List<String> weeks(Routine routine) {
        return routine.weeks().stream().map(w -> "Week " + w.week() + " (about " + w.minutes() + " min)").toList();
    }

    private static List<SessionView> sessions(Optional<CalendarResult> calendar, Instant now) {
        return calendar.map(c -> c.events().stream().map(e -> session(e, now)).toList()).orElse(List.of());
    }

    private static SessionView session(SessionEvent e, Instant now) {
        return new SessionView(e.week(), DAY.format(e.start()), TIME.format(e.start()), e.cancelled(),
                e.start().toInstant().isBefore(now));
    }

    private static List<String> progress(Routine routine) {
        return routine.weeks().stream().filter(w -> w.progression().isPresent())
                .map(w -> w.progression().get().reason()).toList();
    }

    private static List<String> changes(CalendarChanges changes) {
        List<String> lines = new ArrayList<>();
        if (changes.pastKept() > 0) {
            lines.add(changes.pastKept() == 1 ? "1 past session kept as it was"
                    : changes.pastKept() + " past sessions kept as they were");
        }
        change(lines, "New session", "new sessions", changes.added());
        change(lines, "Moved", "moved sessions", changes.moved());
        change(lines, "Changed", "changed sessions", changes.changed());
        change(lines, "Cancelled", "cancelled sessions", changes.cancelled());
        change(lines, "Left out, already past", "sessions left out", changes.leftOut());
        change(lines, "Exercise added", "exercises added", changes.exercisesAdded());
        change(lines, "Exercise dropped", "exercises dropped", changes.exercisesDropped());
        return lines;
    }

    /** A few lines of each kind, then how many more: a first plan adds every session, which says little each. */
    private static void change(List<String> lines, String label, String plural, List<String> items) {
        items.stream().limit(MAX_CHANGE_LINES).forEach(item -> lines.add(label + ": " + item));
        if (items.size() > MAX_CHANGE_LINES) {
            lines.add("... and " + (items.size() - MAX_CHANGE_LINES) + " more " + plural);
        }
    }

    private static Map<String, List<String>> why(Routine routine) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Explanation e : routine.explanations()) {
            String heading = e.exerciseName() == null ? "The whole plan" : e.exerciseName();
            groups.computeIfAbsent(heading, k -> new ArrayList<>()).add(e.reason());
        }
        return groups;
    }
}
