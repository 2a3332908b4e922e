package footplan.plan;

import footplan.ics.CalendarResult;
import footplan.answers.Answers;
import footplan.answers.CheckIns;
import footplan.rules.Routine;
import footplan.schedule.SessionPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything one plan produced, for the reports.
 *
 * @param calendarFile    the calendar file of the plan
 * @param sessions        empty when the person was referred
 * @param calendar        the calendar written (or, for a dry run, the one that would be); for a referral, the
 *                        calendar whose sessions ahead were cancelled, empty when there was none
 * @param calendarProblem for a referral, why the calendar there could not be updated
 * @param dryRun          nothing was written
 * @param checkIns        the check-ins the plan went by
 * @param checkInsAhead   the dates of check-ins not gone by, as their sessions had not begun
 */
public record PlanOutcome(Answers answers, Routine routine, Path calendarFile, Optional<SessionPlan> sessions,
                   Optional<CalendarResult> calendar, Optional<String> calendarProblem, boolean dryRun,
                   CheckIns checkIns, List<LocalDate> checkInsAhead) {
}
