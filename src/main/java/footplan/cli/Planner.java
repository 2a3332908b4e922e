package footplan.cli;

import footplan.ics.CalendarRequest;
import footplan.ics.CalendarResult;
import footplan.ics.CalendarWriter;
import footplan.questionnaire.Answers;
import footplan.rules.Routine;
import footplan.rules.RuleBook;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import java.nio.file.Path;
import java.util.Optional;

/** The story of a plan, shared by {@code plan} and {@code questionnaire}: prescribe, schedule, write. */
final class Planner {

    private Planner() {
    }

    static PlanOutcome plan(Answers answers, RuleBook rules, Path calendarFile, boolean fresh, Environment env) {
        Routine routine = rules.prescribe(answers);
        if (routine.referred()) {
            return PlanOutcome.referred(answers, routine);
        }
        SessionPlan sessions = SessionPlanner.plan(answers.schedule());
        CalendarResult calendar = CalendarWriter.write(new CalendarRequest(calendarFile,
                CalendarNames.title(answers.name()), routine, sessions.sessions(),
                answers.schedule().reminderMinutes(), fresh, env.newProgramId().get(), env.clock().instant()));
        return new PlanOutcome(answers, routine, Optional.of(sessions), Optional.of(calendar));
    }
}
