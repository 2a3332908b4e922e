package footplan.plan;

import footplan.ics.CalendarChanges;
import footplan.ics.CalendarResult;
import footplan.ics.SessionEvent;
import footplan.rules.Explanation;
import footplan.rules.PlannedExercise;
import footplan.rules.Routine;
import footplan.rules.WeekRoutine;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The plan as one JSON document, for scripts; the shape is documented in the README. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String of(PlanOutcome outcome, boolean explain) {
        return Json.write(document(outcome, explain));
    }

    /**
     * The document before it is written, for a caller that changes it: {@code sync} adds its own object, the web
     * API (which writes no calendar file) leaves out the file's path.
     */
    public static Map<String, Object> document(PlanOutcome outcome, boolean explain) {
        Routine routine = outcome.routine();
        Map<String, Object> doc = Json.object();
        doc.put("referral", routine.referral().map(r -> Map.of("reasons", r.reasons())).orElse(null));
        doc.put("advice", routine.advice());
        doc.put("notes", routine.notes());
        doc.put("weeks", routine.weeks().stream().map(JsonReport::week).toList());
        doc.put("checkins", outcome.checkIns().entries().stream().map(Progress::json).toList());
        doc.put("checkins_ahead", outcome.checkInsAhead().stream().map(Object::toString).toList());
        doc.put("schedule_notes", outcome.sessions().map(s -> (Object) s.notes()).orElse(List.of()));
        doc.put("calendar", outcome.calendar().map(c -> c.file().toString()).orElse(null));
        doc.put("dry_run", outcome.dryRun());
        doc.put("calendar_written", outcome.calendar().map(CalendarResult::written).orElse(false));
        doc.put("calendar_problem", outcome.calendarProblem().orElse(null));
        doc.put("sessions", outcome.calendar().map(JsonReport::sessions).orElse(List.of()));
        doc.put("changes", outcome.calendar().map(c -> changes(c.changes())).orElse(null));
        if (explain) {
            doc.put("explanations", routine.explanations().stream().map(JsonReport::explanation).toList());
        }
        return doc;
    }

    private static Map<String, Object> week(WeekRoutine week) {
        Map<String, Object> w = Json.object();
        w.put("week", week.week());
        w.put("minutes", week.minutes());
        w.put("decision", Progress.json(week));
        w.put("exercises", week.exercises().stream().map(JsonReport::exercise).toList());
        return w;
    }

    private static Map<String, Object> exercise(PlannedExercise e) {
        Map<String, Object> x = Json.object();
        x.put("id", e.id());
        x.put("name", e.name());
        x.put("position", e.position().label());
        x.put("variant", e.variant());
        x.put("adaptation", e.adaptation());
        x.put("sets", e.sets());
        x.put("reps", e.reps());
        x.put("hold_seconds", e.holdSeconds());
        x.put("per_side", e.perSide());
        x.put("dosage", e.dosage());
        x.put("minutes", Math.round(e.seconds() / 6.0) / 10.0);
        x.put("steps", e.steps());
        x.put("reasons", e.reasons());
        return x;
    }

    private static List<Map<String, Object>> sessions(CalendarResult calendar) {
        return calendar.events().stream().map(JsonReport::session).toList();
    }

    private static Map<String, Object> session(SessionEvent event) {
        Map<String, Object> s = Json.object();
        s.put("uid", event.uid());
        s.put("sequence", event.sequence());
        s.put("status", event.status().name().toLowerCase(java.util.Locale.ROOT));
        s.put("week", event.week());
        s.put("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.start()));
        s.put("end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.end()));
        return s;
    }

    private static Map<String, Object> changes(CalendarChanges changes) {
        Map<String, Object> c = Json.object();
        c.put("added", changes.added());
        c.put("moved", changes.moved());
        c.put("changed", changes.changed());
        c.put("cancelled", changes.cancelled());
        c.put("left_out", changes.leftOut());
        c.put("past_kept", changes.pastKept());
        c.put("exercises_added", changes.exercisesAdded());
        c.put("exercises_dropped", changes.exercisesDropped());
        return c;
    }

    /** One decision: the exercise it is about (null for none), the rule, its reason and the answer keys named. */
    private static Map<String, Object> explanation(Explanation e) {
        Map<String, Object> x = Json.object();
        x.put("exercise", e.exercise());
        x.put("rule", e.rule());
        x.put("reason", e.reason());
        x.put("answers", e.answers());
        return x;
    }
}
