package footplan.cli;

import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.plan.Progress;
import footplan.Dates;
import footplan.ics.CalendarChanges;
import footplan.ics.CalendarResult;
import footplan.ics.SessionEvent;
import footplan.answers.Answers;
import footplan.rules.Explanation;
import footplan.rules.PlannedExercise;
import footplan.rules.Referral;
import footplan.rules.Routine;
import footplan.rules.Verdict;
import footplan.rules.WeekRoutine;
import footplan.schedule.SessionPlan;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The plan as a person reads it in a terminal. */
final class TextReport {

    private static final int MAX_CHANGE_LINES = 5;

    private final PrintWriter out;

    private TextReport(PrintWriter out) {
        this.out = out;
    }

    static void print(PlanOutcome outcome, boolean explain, PrintWriter out) {
        new TextReport(out).report(outcome, explain);
        out.flush();
    }

    /**
     * The calm message for a person who should see a clinician first, and what became of their calendar: its
     * sessions ahead are cancelled, so no reminder calls them to exercise before then.
     */
    static void referral(Referral referral, Planner.Referred calendar, boolean dryRun, PrintWriter out) {
        out.println("Please see a clinician before starting these exercises.");
        out.println();
        out.println("Your answers include something a doctor or physiotherapist should look at first:");
        referral.reasons().forEach(reason -> out.println("  - " + reason));
        out.println();
        referralCalendar(calendar, dryRun, out);
        out.println("This is a precaution, not a diagnosis: once a clinician says exercise is fine, update your");
        out.println("answers and run footplan again.");
        out.flush();
    }

    private static void referralCalendar(Planner.Referred referred, boolean dryRun, PrintWriter out) {
        if (referred.problem().isPresent()) {
            // The problem's own words suggest ways to plan anyway, which is not what this person needs now.
            out.println("No routine was made. " + referred.file() + " could not be read or updated, so any sessions");
            out.println("ahead in it are still there: delete them in your calendar app.");
            return;
        }
        if (referred.calendar().isEmpty()) {
            out.println("No routine or calendar was made.");
            return;
        }
        CalendarResult calendar = referred.calendar().get();
        int cancelled = calendar.changes().cancelled().size();
        String sessions = cancelled == 1 ? "1 session" : cancelled + " sessions";
        if (cancelled == 0) {
            out.println("No routine was made. " + calendar.file() + " has no sessions ahead left to cancel.");
        } else if (dryRun) {
            out.println("No routine was made. Without --dry-run, the " + sessions + " ahead in " + calendar.file());
            out.println("would be cancelled; nothing was written.");
        } else {
            out.println("No routine was made, and the " + sessions + " ahead in " + calendar.file() + " "
                    + (cancelled == 1 ? "is" : "are") + " now cancelled");
            out.println("(past sessions stay as they were). Import the file again, or refresh it, so that your");
            out.println("calendar app drops them too.");
        }
    }

    private void report(PlanOutcome outcome, boolean explain) {
        Routine routine = outcome.routine();
        if (routine.referral().isPresent()) {
            referral(routine.referral().get(), new Planner.Referred(outcome.calendarFile(), outcome.calendar(),
                    outcome.calendarProblem()), outcome.dryRun(), out);
            if (explain) {
                explanations(routine);
            }
            return;
        }
        heading(outcome.answers());
        exercises(routine.week(1));
        doses(routine.weeks());
        Progress.print(outcome, out);
        bullets("Notes", routine.notes());
        bullets("Advice", routine.advice());
        if (explain) {
            explanations(routine);
        }
        outcome.sessions().ifPresent(sessions -> sessions(sessions, outcome.calendar().orElse(null)));
        outcome.calendar().ifPresent(calendar -> calendar(calendar, outcome.routine(), outcome.dryRun()));
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
        return pad(Dates.day(start), 15) + "  " + Dates.time(start) + "-" + Dates.time(end) + "  ("
                + start.getZone().getId() + ")";
    }

    private void calendar(CalendarResult calendar, Routine routine, boolean dryRun) {
        long active = calendar.events().stream().filter(e -> e.status() == SessionEvent.Status.CONFIRMED).count();
        if (dryRun) {
            out.println("Calendar: " + calendar.file() + " would have " + active + " sessions (dry run: nothing was"
                    + " written)");
        } else {
            out.println("Calendar: " + calendar.file() + " (" + active + " sessions)");
        }
        if (calendar.newProgram()) {
            newProgram(calendar, dryRun);
        } else {
            changes(calendar.changes());
            whyTheDosesChanged(routine, calendar.changes());
        }
        out.println();
        if (!dryRun) {
            importing(calendar);
        }
        out.flush();
    }

    private void newProgram(CalendarResult calendar, boolean dryRun) {
        out.println("  A new program: every session is a new event"
                + (calendar.backup() == null ? "." : "; the previous calendar is kept as " + calendar.backup() + "."));
        List<String> cancelled = calendar.changes().cancelled();
        calendar.replacedFrom().filter(from -> !cancelled.isEmpty()).ifPresent(from -> {
            out.println("  The " + cancelled.size() + " sessions ahead of the program it replaces (" + from + ") "
                    + (dryRun ? "would be" : "are") + " in it as cancelled: importing it removes them.");
        });
        change("Left out, already past", calendar.changes().leftOut());
    }

    /**
     * How each app takes the file, as the README's "Importing the calendar" says. Only some apps update the events
     * they have when the same file is imported again, so no line promises that of every app.
     */
    private void importing(CalendarResult calendar) {
        out.println("To add the sessions to your calendar app:");
        out.println("  Apple Calendar on a Mac: File > Import, into its own calendar; import again after a change.");
        out.println("  Thunderbird: File > Open > Calendar File, which follows the file from then on.");
        out.println("  khal: khal import --batch " + calendar.file() + ", again after a change.");
        out.println("  Android: subscribe to the file with ICSx⁵, which follows the file.");
        out.println("  Google, Outlook: import into a calendar of its own; after a change, delete it and import"
                + " again.");
    }

    private void changes(CalendarChanges changes) {
        if (changes.none()) {
            out.println("  No changes since the last run.");
            change("Left out, already past", changes.leftOut());
            return;
        }
        if (changes.pastKept() > 0) {
            out.println("  " + (changes.pastKept() == 1 ? "1 past session" : changes.pastKept() + " past sessions")
                    + " kept as " + (changes.pastKept() == 1 ? "it was." : "they were."));
        }
        change("New sessions", changes.added());
        change("Moved", changes.moved());
        change("Changed", changes.changed());
        change("Cancelled", changes.cancelled());
        change("Left out, already past", changes.leftOut());
        change("Exercises added", changes.exercisesAdded());
        change("Exercises dropped", changes.exercisesDropped());
    }

    /**
     * The check-ins' decisions behind changed sessions: a week that holds, steps back or stays low changes the
     * doses of its sessions, and the person should read why beside the change.
     */
    private void whyTheDosesChanged(Routine routine, CalendarChanges changes) {
        if (changes.changed().isEmpty()) {
            return;
        }
        routine.weeks().stream()
                .filter(week -> changes.changed().stream().anyMatch(c -> c.startsWith("week " + week.week() + ",")))
                .forEach(week -> week.progression()
                .filter(p -> p.verdict() == Verdict.HOLD || p.verdict() == Verdict.STEP_BACK
                        || p.verdict() == Verdict.LOW_END)
                .ifPresent(p -> out.println("  Why week " + week.week() + " changed: " + p.reason())));
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
