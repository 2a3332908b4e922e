package footplan.plan;

import footplan.UserInputException;
import footplan.answers.Answers;
import footplan.answers.CheckIns;
import footplan.answers.CheckInsFile;
import footplan.ics.CalendarRequest;
import footplan.ics.CalendarResult;
import footplan.ics.CalendarWriter;
import footplan.rules.Routine;
import footplan.rules.RuleBook;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The story of a plan, shared by {@code plan}, {@code questionnaire} and {@code batch}: prescribe, schedule, write. */
public final class Planner {

    /**
     * Where and how a plan is written.
     *
     * @param calendar        the calendar file to write or update
     * @param defaultCalendar the answers file's default calendar; when a program starts in {@code calendar}, the
     *                        program of this one is the one replaced (see {@link CalendarRequest#defaultFile})
     * @param fresh           start a new program
     * @param dryRun          write nothing: the outcome says what a run would write and change
     * @param now             what counts as now; null for the clock
     * @param checkIns        the person's check-ins, which progress, hold or step back the weeks after them
     * @param checkInsFile    where the check-ins were read from, as the person named it; messages name it
     */
    public record Run(Path calendar, Path defaultCalendar, boolean fresh, boolean dryRun, Optional<Moment> now,
                      CheckIns checkIns, Path checkInsFile) {

        public Run {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(defaultCalendar, "defaultCalendar");
            Objects.requireNonNull(checkIns, "checkIns");
        }

        /** A run without check-ins, now by the clock. */
        public Run(Path calendar, Path defaultCalendar, boolean fresh, boolean dryRun) {
            this(calendar, defaultCalendar, fresh, dryRun, Optional.empty(), CheckIns.none(), null);
        }

        Instant now(ZoneId zone, Stamps stamps) {
            return now.map(m -> m.in(zone)).orElseGet(stamps.clock()::instant);
        }
    }

    private Planner() {
    }

    public static PlanOutcome plan(Answers answers, RuleBook rules, Path calendarFile, boolean fresh, Stamps env) {
        return plan(answers, rules, new Run(calendarFile, calendarFile, fresh, false), env);
    }

    public static PlanOutcome plan(Answers answers, RuleBook rules, Run run, Stamps env) {
        // The sessions come first: a check-in must be on the date of one before the rules may go by it.
        SessionPlan sessions = SessionPlanner.plan(answers.schedule());
        Trace.mark("sessions scheduled");
        if (!run.checkIns().isEmpty()) {
            CheckInsFile.checkSessions(run.checkIns(), sessionDates(sessions), run.checkInsFile());
        }
        Instant now = run.now(answers.schedule().zone(), env);
        CheckIns checkIns = happened(run.checkIns(), sessions, now);
        Routine routine = rules.prescribe(answers, checkIns);
        Trace.mark("prescribed");
        if (routine.referred()) {
            Referred referred = cancelAhead(run.calendar(), now, env, run.dryRun());
            return new PlanOutcome(answers, routine, run.calendar(), Optional.empty(), referred.calendar(),
                    referred.problem(), run.dryRun(), checkIns, aheadOf(run.checkIns(), checkIns));
        }
        CalendarRequest request = new CalendarRequest(run.calendar(), CalendarNames.title(answers.name()), routine,
                sessions.sessions(), answers.schedule().reminderMinutes(), run.fresh(), env.newProgramId().get(),
                env.clock().instant(), now, Optional.of(run.defaultCalendar()));
        CalendarResult calendar = run.dryRun() ? CalendarWriter.preview(request) : CalendarWriter.write(request);
        Trace.mark(run.dryRun() ? "calendar previewed" : "calendar written");
        return new PlanOutcome(answers, routine, run.calendar(), Optional.of(sessions), Optional.of(calendar),
                Optional.empty(), run.dryRun(), checkIns, aheadOf(run.checkIns(), checkIns));
    }

    /**
     * The check-ins of sessions that have started by now. One for a session still ahead (a preview with an earlier
     * {@code --now}, or an example written ahead of time) waits until its session has begun: the rules never go
     * by a session that has not happened. The report says which wait.
     */
    public static CheckIns happened(CheckIns checkIns, SessionPlan sessions, Instant now) {
        CheckIns happened = checkIns;
        for (var session : sessions.sessions()) {
            if (session.start().toInstant().isAfter(now)) {
                happened = happened.without(session.start().toLocalDate());
            }
        }
        return happened;
    }

    private static List<LocalDate> aheadOf(CheckIns all, CheckIns used) {
        return all.entries().stream().map(c -> c.date()).filter(d -> used.on(d).isEmpty()).toList();
    }

    /** The local dates of a program's sessions, in the person's zone. */
    public static List<LocalDate> sessionDates(SessionPlan sessions) {
        return sessions.sessions().stream().map(s -> s.start().toLocalDate()).toList();
    }

    /**
     * What a referral did to the calendar.
     *
     * @param file     the calendar file of the answers
     * @param calendar the calendar with its sessions ahead cancelled; empty when there is none
     * @param problem  why a calendar that is there could not be updated
     */
    public record Referred(Path file, Optional<CalendarResult> calendar, Optional<String> problem) {
    }

    /**
     * A referral cancels the sessions ahead in the calendar, if there is one: no reminder should call the person
     * to exercise before a clinician has looked. A calendar that cannot be read or written is left as it is and
     * does not change the outcome, a referral: the report says its sessions are still there.
     */
    public static Referred cancelAhead(Path calendar, Instant now, Stamps env, boolean dryRun) {
        try {
            return new Referred(calendar, CalendarWriter.cancelAhead(calendar, now, env.clock().instant(), !dryRun),
                    Optional.empty());
        } catch (UserInputException e) {
            return new Referred(calendar, Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
