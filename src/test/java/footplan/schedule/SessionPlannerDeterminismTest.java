package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import footplan.answers.Schedule;

class SessionPlannerDeterminismTest {

    /** A moved session, a session left out and a time the clocks skip. */
    private static final Schedule BUSY = Schedules.schedule(2, "wed,fri,sun", "02:30", "Europe/Berlin",
            "2027-03-22", 3, "2027-03-24", "2027-04-02", "2027-04-04");

    @Test
    void planningTheSameScheduleTwiceGivesEqualPlans() {
        SessionPlan first = SessionPlanner.plan(BUSY);
        SessionPlan second = SessionPlanner.plan(BUSY);

        assertEquals(first, second);
        assertEquals(3, first.notes().size(), first.notes().toString());
    }

    @Test
    void theMachinesTimeZoneAndLanguageDoNotChangeThePlan() {
        SessionPlan reference = SessionPlanner.plan(BUSY);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Locale.setDefault(Locale.GERMANY);

            assertEquals(reference, SessionPlanner.plan(BUSY));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }
}
