package footplan.cli;

import footplan.ics.CalendarResult;
import footplan.answers.Answers;
import footplan.rules.Routine;
import footplan.schedule.SessionPlan;
import java.util.Optional;

/**
 * Everything one plan produced, for the reports.
 *
 * @param sessions empty when the person was referred
 * @param calendar empty when the person was referred
 */
record PlanOutcome(Answers answers, Routine routine, Optional<SessionPlan> sessions,
                   Optional<CalendarResult> calendar) {

    static PlanOutcome referred(Answers answers, Routine routine) {
        return new PlanOutcome(answers, routine, Optional.empty(), Optional.empty());
    }
}
