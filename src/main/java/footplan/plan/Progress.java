package footplan.plan;

import footplan.Dates;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.rules.Progression;
import footplan.rules.Routine;
import footplan.rules.WeekRoutine;
import footplan.schedule.Session;
import footplan.schedule.SessionPlan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The check-ins as the reports show them: per program week with check-ins, how the sessions went and what the
 * rules decided for the week after. Kept apart from the rest of the reports, which explain the routine itself.
 */
public final class Progress {

    private Progress() {
    }

    /** The check-ins of each program week, by week; a check-in on no session's date is left out. */
    public static Map<Integer, List<CheckIn>> byWeek(CheckIns checkIns, SessionPlan sessions) {
        Map<LocalDate, Integer> weekOf = new HashMap<>();
        for (Session s : sessions.sessions()) {
            weekOf.put(s.start().toLocalDate(), s.week());
        }
        Map<Integer, List<CheckIn>> weeks = new TreeMap<>();
        for (CheckIn c : checkIns.entries()) {
            Integer week = weekOf.get(c.date());
            if (week != null) {
                weeks.computeIfAbsent(week, w -> new ArrayList<>()).add(c);
            }
        }
        return weeks;
    }

    /** The "Progress" section of the text plan; nothing when there are no check-ins. */
    public static void print(PlanOutcome outcome, PrintWriter out) {
        if ((outcome.checkIns().isEmpty() && outcome.checkInsAhead().isEmpty()) || outcome.sessions().isEmpty()) {
            return;
        }
        Routine routine = outcome.routine();
        out.println("Progress from your check-ins");
        if (!outcome.checkInsAhead().isEmpty()) {
            List<LocalDate> ahead = outcome.checkInsAhead();
            out.println("  " + (ahead.size() == 1 ? "1 check-in is" : ahead.size() + " check-ins are")
                    + " for sessions not begun yet (" + Dates.day(ahead.get(0))
                    + (ahead.size() > 1 ? " to " + Dates.day(ahead.get(ahead.size() - 1)) : "")
                    + "): they count once their sessions have begun.");
        }
        byWeek(outcome.checkIns(), outcome.sessions().get()).forEach((week, entries) -> {
            out.println("  Week " + week + ": " + summary(entries));
            if (week < routine.weeks().size()) {
                routine.week(week + 1).progression().ifPresent(p -> out.println("    Week " + (week + 1) + ": "
                        + decision(p)));
            }
        });
        out.println();
    }

    /** "2 done, 1 missed; pain during 2-3/10, next morning 3/10". */
    public static String summary(List<CheckIn> entries) {
        long done = entries.stream().filter(CheckIn::done).count();
        long missed = entries.size() - done;
        StringBuilder s = new StringBuilder(done + " done, " + missed + " missed");
        range(entries.stream().map(CheckIn::painDuring).toList()).ifPresent(r -> s.append("; pain during ").append(r));
        range(entries.stream().map(CheckIn::painNextMorning).toList())
                .ifPresent(r -> s.append(", next morning ").append(r));
        return s.toString();
    }

    private static Optional<String> range(List<OptionalInt> pains) {
        IntSummaryStatistics stats = pains.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)
                .summaryStatistics();
        if (stats.getCount() == 0) {
            return Optional.empty();
        }
        return Optional.of((stats.getMin() == stats.getMax() ? "" : stats.getMin() + "-") + stats.getMax() + "/10");
    }

    /** "hold at week 2's doses: effort hard on Fri 11 Dec". */
    public static String decision(Progression p) {
        String verdict = switch (p.verdict()) {
            case PROGRESS -> "progress";
            case HOLD -> "hold";
            case STEP_BACK -> "step back";
            case LOW_END -> "low end of the ranges";
            case NOT_CHECKED_IN -> "as planned (no check-ins)";
            case PLANNED -> "as planned";
        };
        return verdict + ", at week " + p.step() + "'s doses: " + p.reason();
    }

    /** The verdict as JSON writes it, e.g. {@code step_back}. */
    public static String key(Progression p) {
        return p.verdict().name().toLowerCase(Locale.ROOT);
    }

    /** One check-in as the JSON report lists it, with the keys of the check-ins file. */
    public static Map<String, Object> json(CheckIn c) {
        Map<String, Object> x = Json.object();
        x.put("date", c.date().toString());
        x.put("done", c.done());
        x.put("pain_during", c.painDuring().isPresent() ? c.painDuring().getAsInt() : null);
        x.put("pain_next_morning", c.painNextMorning().isPresent() ? c.painNextMorning().getAsInt() : null);
        x.put("effort", c.effort().map(e -> e.key()).orElse(null));
        x.put("note", c.note());
        return x;
    }

    /** A week's decision for JSON, or null for a routine made without check-ins. */
    public static Map<String, Object> json(WeekRoutine week) {
        return week.progression().map(p -> {
            Map<String, Object> d = Json.object();
            d.put("verdict", key(p));
            d.put("step", p.step());
            d.put("reason", p.reason());
            return d;
        }).orElse(null);
    }

    /** "Wed 9 Dec: done, pain 3/10 during, 2/10 next morning, effort right". */
    public static String describe(CheckIn c) {
        if (!c.done()) {
            return Dates.day(c.date()) + ": missed" + (c.note().isEmpty() ? "" : " (" + c.note() + ")");
        }
        StringBuilder s = new StringBuilder(Dates.day(c.date()) + ": done, pain " + c.painDuring().getAsInt()
                + "/10 during");
        c.painNextMorning().ifPresent(p -> s.append(", ").append(p).append("/10 next morning"));
        c.effort().ifPresent(e -> s.append(", effort ").append(e.key()));
        if (!c.note().isEmpty()) {
            s.append(" (").append(c.note()).append(")");
        }
        return s.toString();
    }
}
