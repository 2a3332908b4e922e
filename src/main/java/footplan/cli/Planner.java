package footplan.cli;

import footplan.ics.CalendarRequest;
import footplan.ics.CalendarResult;
import footplan.ics.CalendarWriter;
import footplan.ics.PreviousCalendar;
import footplan.answers.Answers;
import footplan.rules.Routine;
import footplan.rules.RuleBook;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The story of a plan, shared by {@code plan} and {@code questionnaire}: prescribe, schedule, write. */
final class Planner {

    private Planner() {
    }

    static PlanOutcome plan(Answers answers, RuleBook rules, Path calendarFile, boolean fresh, Environment env) {
        return plan(answers, rules, calendarFile, fresh, () -> PreviousCalendar.read(calendarFile, fresh), env);
    }

    /**
     * The same, with the previous calendar read elsewhere (see {@link #readAhead}); it is asked for only when the
     * person is not referred, so a referral never reports a problem with the calendar it does not touch.
     */
    static PlanOutcome plan(Answers answers, RuleBook rules, Path calendarFile, boolean fresh,
                            Supplier<PreviousCalendar> previous, Environment env) {
        Routine routine = rules.prescribe(answers);
        Trace.mark("prescribed");
        if (routine.referred()) {
            return PlanOutcome.referred(answers, routine);
        }
        SessionPlan sessions = SessionPlanner.plan(answers.schedule());
        Trace.mark("sessions scheduled");
        CalendarResult calendar = CalendarWriter.write(new CalendarRequest(calendarFile,
                CalendarNames.title(answers.name()), routine, sessions.sessions(),
                answers.schedule().reminderMinutes(), fresh, env.newProgramId().get(), env.clock().instant()),
                previous.get());
        Trace.mark("calendar written");
        return new PlanOutcome(answers, routine, Optional.of(sessions), Optional.of(calendar));
    }

    /**
     * Starts reading (and parsing) the previous calendar, and loading the person's time zone for the calendar, on
     * a thread of its own: together they take about as long as the rules take to run, and neither needs the other.
     */
    static Supplier<PreviousCalendar> readAhead(Answers answers, Path calendarFile, boolean fresh) {
        return Background.start("footplan-calendar", () -> {
            CalendarWriter.prepare(answers.schedule().zone());
            Trace.mark("time zone loaded");
            PreviousCalendar read = PreviousCalendar.read(calendarFile, fresh);
            Trace.mark("previous calendar read");
            return read;
        });
    }
}
