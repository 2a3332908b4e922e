package footplan.cli;

import footplan.ics.CalendarChanges;
import footplan.ics.CalendarResult;
import footplan.ics.SessionEvent;
import footplan.answers.Answers;
import footplan.rules.Explanation;
import footplan.rules.PlannedExercise;
import footplan.rules.Referral;
import footplan.rules.Routine;
import footplan.rules.WeekRoutine;
import footplan.schedule.SessionPlan;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The plan as a person reads it in a terminal. */
final class TextReport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final int MAX_CHANGE_LINES = 5;

    private final PrintWriter out;

    private TextReport(PrintWriter out) {
        this.out = out;
    }

    static void print(PlanOutcome outcome, boolean explain, PrintWriter out) {
        new TextReport(out).report(outcome, explain);
        out.flush();
    }

    /** The calm message for a person who should see a clinician first. */
    static void referral(Referral referral, PrintWriter out) {
        out.println("Please see a clinician before starting these exercises.");
        out.println();
        out.println("Your answers include something a doctor or physiotherapist should look at first:");
        referral.reasons().forEach(reason -> out.println("  - " + reason));
        out.println();
        out.println("No routine or calendar was made. This is a precaution, not a diagnosis: once a clinician");
        out.println("says exercise is fine, update your answers and run footplan again.");
        out.flush();
    }

    private void report(PlanOutcome outcome, boolean explain) {
        Routine routine = outcome.routine();
        if (routine.referral().isPresent()) {
            referral(routine.referral().get(), out);
            if (explain) {
                explanations(routine);
            }
            return;
        }
        heading(outcome.answers());
        exercises(routine.week(1));
        doses(routine.weeks());
        bullets("Notes", routine.notes());
        bullets("Advice", routine.advice());
        if (explain) {
            explanations(routine);
        }
        outcome.sessions().ifPresent(sessions -> sessions(sessions, outcome.calendar().orElse(null)));
        outcome.calendar().ifPresent(this::calendar);
    }

    private void heading(Answers answers) {
        String who = answers.name().isEmpty() ? "" : " for " + answers.name();
        out.println("Foot routine" + who + ": " + answers.schedule().weeks() + " weeks, "
                + answers.schedule().sessionsPerWeek() + " sessions a week, up to " + answers.sessionMinutes()
                + " minutes a session");
        out.println();
    }

    private void exercises(WeekRoutine first) {
        out.println("Your exercises, in the order you do them");
        int n = 1;
        for (PlannedExercise e : first.exercises()) {
            out.println("  " + n++ + ". " + e.name() + " (" + e.position().label() + ")");
            if (e.adapted()) {
                out.println("     Adapted: " + e.adaptation());
            }
            e.steps().forEach(step -> out.println("       - " + step));
        }
        out.println();
    }

    private void doses(List<WeekRoutine> weeks) {
        out.println("Doses by week");
        for (Map.Entry<String, WeekRoutine> group : sameDoseGroups(weeks).entrySet()) {
            out.println("  " + group.getKey() + ", about " + group.getValue().minutes() + " min a session");
            int width = group.getValue().exercises().stream().mapToInt(e -> e.name().length()).max().orElse(0);
            for (PlannedExercise e : group.getValue().exercises()) {
                out.println("    " + pad(e.name(), width) + "  " + e.dosage());
            }
        }
        out.println();
    }

    /** Consecutive weeks with the same doses print once, as "Weeks 2-3". */
    private static Map<String, WeekRoutine> sameDoseGroups(List<WeekRoutine> weeks) {
        Map<String, WeekRoutine> groups = new LinkedHashMap<>();
        int start = 0;
        for (int i = 1; i <= weeks.size(); i++) {
            if (i == weeks.size() || !sameDoses(weeks.get(i), weeks.get(start))) {
                int first = weeks.get(start).week();
                int last = weeks.get(i - 1).week();
                groups.put(first == last ? "Week " + first : "Weeks " + first + "-" + last, weeks.get(start));
                start = i;
            }
        }
        return groups;
    }

    private static boolean sameDoses(WeekRoutine a, WeekRoutine b) {
        return doses(a).equals(doses(b));
    }

    private static List<String> doses(WeekRoutine week) {
        return week.exercises().stream().map(e -> e.id() + ": " + e.dosage() + " / " + e.adaptation()).toList();
    }

    private void bullets(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println(title);
        lines.forEach(line -> out.println("  - " + line));
        out.println();
    }

    /**
     * Every decision under the exercise it is about, in the order of the session, then those of exercises left out,
     * then the decisions about no one exercise; under each, the rule and its reasons.
     */
    private void explanations(Routine routine) {
        out.println("Why: each decision of the rules, by exercise, naming the answers it rests on in brackets");
        List<String> order = new ArrayList<>();
        if (!routine.weeks().isEmpty()) {
            routine.week(1).exercises().forEach(e -> order.add(e.id()));
        }
        routine.explanations().stream().map(Explanation::exercise).filter(Objects::nonNull).distinct()
                .filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            List<Explanation> about = routine.explanations().stream().filter(e -> id.equals(e.exercise())).toList();
            out.println("  " + about.get(0).exerciseName());
            byRule(about);
        }
        List<Explanation> general = routine.explanations().stream().filter(e -> e.exercise() == null).toList();
        if (!general.isEmpty()) {
            out.println("  General");
            byRule(general);
        }
        out.println();
    }

    private void byRule(List<Explanation> explanations) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        explanations.forEach(e -> byRule.computeIfAbsent(e.rule(), k -> new ArrayList<>()).add(e.reason()));
        byRule.forEach((rule, reasons) -> {
            out.println("    " + rule + ":");
            reasons.forEach(reason -> out.println("        " + reason));
        });
    }

    private void sessions(SessionPlan plan, CalendarResult calendar) {
        List<SessionEvent> events = calendar == null ? List.of() : calendar.events();
        out.println("Sessions");
        for (SessionEvent event : events) {
            if (event.status() == SessionEvent.Status.CONFIRMED) {
                out.println("  Week " + pad(Integer.toString(event.week()), 2) + "  " + when(event.start(), event.end()));
            }
        }
        if (!plan.notes().isEmpty()) {
            out.println();
            plan.notes().forEach(note -> out.println("  - " + note));
        }
        out.println();
    }

    private static String when(ZonedDateTime start, ZonedDateTime end) {
        return pad(DAY.format(start), 15) + "  " + TIME.format(start) + "-" + TIME.format(end) + "  ("
                + start.getZone().getId() + ")";
    }

    private void calendar(CalendarResult calendar) {
        long active = calendar.events().stream().filter(e -> e.status() == SessionEvent.Status.CONFIRMED).count();
        out.println("Calendar: " + calendar.file() + " (" + active + " sessions)");
        if (calendar.newProgram()) {
            out.println("  A new program: every session is a new event"
                    + (calendar.backup() == null ? "." : "; the previous calendar is kept as " + calendar.backup() + "."));
        } else {
            changes(calendar.changes());
        }
        out.println();
        out.println("To add it to your calendar, import that file:");
        out.println("  Google Calendar: Settings > Import & export > Import;  Apple Calendar: File > Import;");
        out.println("  Outlook: Add calendar > Upload from file;  khal: khal import " + calendar.file());
        out.println("After you change your answers, run footplan again and import the file again: the same events");
        out.println("are updated instead of duplicated. Some apps only update events imported into the same");
        out.println("calendar, so a separate calendar just for this routine works best.");
        out.flush();
    }

    private void changes(CalendarChanges changes) {
        if (changes.none()) {
            out.println("  No changes since the last run.");
            return;
        }
        change("New sessions", changes.added());
        change("Moved", changes.moved());
        change("Changed", changes.changed());
        change("Cancelled", changes.cancelled());
        change("Exercises added", changes.exercisesAdded());
        change("Exercises dropped", changes.exercisesDropped());
    }

    /** Long lists are cut after a few lines; {@code --format json} has them all. */
    private void change(String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println("  " + label + " (" + items.size() + "):");
        items.stream().limit(MAX_CHANGE_LINES).forEach(item -> out.println("    - " + item));
        if (items.size() > MAX_CHANGE_LINES) {
            out.println("    ... and " + (items.size() - MAX_CHANGE_LINES) + " more (--format json lists them all)");
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
