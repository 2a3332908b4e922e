package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionPlannerWeekSlotTest {

    private static Session session(int week, int slot, String start) {
        return new Session(week, slot, ZonedDateTime.parse(start + "[Europe/Berlin]"));
    }

    @Test
    void aMidWeekStartNumbersWeeksFromTheStartAndSlotsInOrderWithinThem() {
        // 2 Dec 2026 is a Wednesday: week 1 runs Wed 2 - Tue 8 Dec, week 2 Wed 9 - Tue 15 Dec.
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin", "2026-12-02", 2));

        assertEquals(List.of(
                session(1, 0, "2026-12-02T07:30+01:00"),
                session(1, 1, "2026-12-04T07:30+01:00"),
                session(1, 2, "2026-12-07T07:30+01:00"),
                session(2, 0, "2026-12-09T07:30+01:00"),
                session(2, 1, "2026-12-11T07:30+01:00"),
                session(2, 2, "2026-12-14T07:30+01:00")), plan.sessions());
    }

    @Test
    void skippingOneSessionLeavesTheOthersKeys() {
        SessionPlan plain = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin", "2026-12-02", 2));
        SessionPlan skipping = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin", "2026-12-02", 2, "2026-12-04"));

        List<Session> expected = new ArrayList<>(plain.sessions());
        expected.remove(session(1, 1, "2026-12-04T07:30+01:00"));
        assertEquals(expected, skipping.sessions());
    }

    @Test
    void theProgramIncludesItsFirstMidnightAndNotTheMidnightAfterItsLastDay() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(3, "mon,tue,wed,thu,fri,sat,sun", "00:00", "Europe/Berlin", "2026-12-02", 1));

        assertEquals(List.of(
                session(1, 0, "2026-12-02T00:00+01:00"),
                session(1, 1, "2026-12-04T00:00+01:00"),
                session(1, 2, "2026-12-07T00:00+01:00")), plan.sessions(), "nothing on Wed 9 Dec, week 2");
    }
}
