package footplan.cli;

import footplan.answers.Answers;
import footplan.ics.CalendarRequest;
import footplan.ics.CalendarResult;
import footplan.ics.CalendarWriter;
import footplan.rules.Routine;
import footplan.rules.RuleBook;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import java.nio.file.Path;
import java.util.Optional;

/** The story of a plan, shared by {@code plan}, {@code questionnaire} and {@code batch}: prescribe, schedule, write. */
final class Planner {

    private Planner() {
    }

    static PlanOutcome plan(Answers answers, RuleBook rules, Path calendarFile, boolean fresh, Environment env) {
        Routine routine = rules.prescribe(answers);
        Trace.mark("prescribed");
        if (routine.referred()) {
            // A referral leaves the calendar alone: not even a damaged previous file is reported.
            return PlanOutcome.referred(answers, routine);
        }
        SessionPlan sessions = SessionPlanner.plan(answers.schedule());
        Trace.mark("sessions scheduled");
        CalendarResult calendar = CalendarWriter.write(new CalendarRequest(calendarFile,
                CalendarNames.title(answers.name()), routine, sessions.sessions(),
                answers.schedule().reminderMinutes(), fresh, env.newProgramId().get(), env.clock().instant()));
        Trace.mark("calendar written");
        return new PlanOutcome(answers, routine, Optional.of(sessions), Optional.of(calendar));
    }
}
