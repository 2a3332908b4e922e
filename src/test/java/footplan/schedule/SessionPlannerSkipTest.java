package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionPlannerSkipTest {

    private static final String LEFT_OUT =
            " is a skipped date: that session is left out (no other allowed day that week keeps a rest day between sessions).";

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"07:30", "18:00", "23:30"})
    void aSkippedDateRemovesThatLocalDayInAZoneFarFromUtc(String time) {
        // Auckland is UTC+13 in December: its Wed 23 Dec runs from 11:00 UTC on the 22nd to 11:00 UTC on the
        // 23rd, so a holiday calendar going by UTC days would keep the session at 18:00 or 23:30.
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", time, "Pacific/Auckland", "2026-12-21", 2, "2026-12-23"));

        assertEquals(List.of(date(2026, 12, 21), date(2026, 12, 25), date(2026, 12, 28), date(2026, 12, 30),
                date(2027, 1, 1)), localDates(plan));
        assertEquals(List.of("Wed 23 Dec 2026" + LEFT_OUT), plan.notes());
    }

    @Test
    void aSkippedSessionMovesToAnotherAllowedDayThatKeepsARestDay() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(2, "mon,thu,sat", "07:30", "Europe/Berlin", "2026-12-21", 2, "2026-12-24"));

        assertEquals(List.of(
                new Session(1, 0, ZonedDateTime.parse("2026-12-21T07:30+01:00[Europe/Berlin]")),
                new Session(1, 1, ZonedDateTime.parse("2026-12-26T07:30+01:00[Europe/Berlin]")),
                new Session(2, 0, ZonedDateTime.parse("2026-12-28T07:30+01:00[Europe/Berlin]")),
                new Session(2, 1, ZonedDateTime.parse("2026-12-31T07:30+01:00[Europe/Berlin]"))), plan.sessions());
        assertEquals(List.of("Thu 24 Dec 2026 is a skipped date: that session moves to Sat 26 Dec."), plan.notes());
    }

    @Test
    void aMoveIntoTheNextYearNamesTheYear() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(2, "mon,thu,sat", "07:30", "Europe/Berlin", "2026-12-28", 2, "2026-12-31"));

        assertEquals(List.of("Thu 31 Dec 2026 is a skipped date: that session moves to Sat 2 Jan 2027."),
                plan.notes());
        assertTrue(localDates(plan).contains(date(2027, 1, 2)));
    }

    @Test
    void aSkippedSessionIsLeftOutWhenNoOtherAllowedDayIsFree() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin", "2026-12-21", 1, "2026-12-23"));

        assertEquals(List.of(date(2026, 12, 21), date(2026, 12, 25)), localDates(plan));
        assertEquals(List.of("Wed 23 Dec 2026" + LEFT_OUT), plan.notes());
    }

    @Test
    void aSessionDoesNotMoveNextToTheFirstSessionOfTheNextWeek() {
        // Sun 27 Dec is allowed and free, but the next session is on Mon 28 Dec.
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(2, "mon,thu,sun", "07:30", "Europe/Berlin", "2026-12-21", 2, "2026-12-24"));

        assertEquals(List.of(date(2026, 12, 21), date(2026, 12, 28), date(2026, 12, 31)), localDates(plan));
        assertEquals(List.of("Thu 24 Dec 2026" + LEFT_OUT), plan.notes());
    }

    @Test
    void aSessionDoesNotMoveNextToTheLastSessionOfThePreviousWeek() {
        // Week 2 runs Wed 30 Dec - Tue 5 Jan; Wed 30 Dec is allowed and free, but week 1 ends with Tue 29 Dec.
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(2, "tue,wed,fri", "07:30", "Europe/Berlin", "2026-12-23", 2, "2027-01-01"));

        assertEquals(List.of(date(2026, 12, 25), date(2026, 12, 29), date(2027, 1, 5)), localDates(plan));
        assertEquals(List.of("Fri 1 Jan 2027" + LEFT_OUT), plan.notes());
    }

    @Test
    void aSessionDoesNotMoveOntoAnotherSkippedDate() {
        SessionPlan plan = SessionPlanner.plan(Schedules.schedule(
                2, "mon,thu,sat", "07:30", "Europe/Berlin", "2026-12-21", 2, "2026-12-24", "2026-12-26"));

        assertEquals(List.of(date(2026, 12, 21), date(2026, 12, 28), date(2026, 12, 31)), localDates(plan));
        assertEquals(List.of("Thu 24 Dec 2026" + LEFT_OUT), plan.notes(), "Sat 26 Dec had no session to lose");
    }

    @Test
    void skippedDatesWithoutASessionOrOutsideTheProgramChangeNothing() {
        SessionPlan plain = SessionPlanner.plan(
                Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin", "2026-12-21", 2));
        SessionPlan skipping = SessionPlanner.plan(Schedules.schedule(3, "mon,wed,fri", "07:30", "Europe/Berlin",
                "2026-12-21", 2, "2026-12-20", "2026-12-22", "2027-01-04", "2027-06-01"));

        assertEquals(plain, skipping);
        assertEquals(List.of(), skipping.notes());
    }

    @Test
    void notesComeInDateOrder() {
        SessionPlan plan = SessionPlanner.plan(Schedules.schedule(
                2, "wed,sun", "02:30", "America/New_York", "2027-03-08", 2, "2027-03-17", "2027-03-10"));

        assertEquals(List.of(
                "Wed 10 Mar 2027" + LEFT_OUT,
                "Sun 14 Mar 2027: 02:30 does not exist in America/New_York (clocks go forward); that session starts at 03:30.",
                "Wed 17 Mar 2027" + LEFT_OUT), plan.notes());
    }

    private static List<LocalDate> localDates(SessionPlan plan) {
        return plan.sessions().stream().map(session -> session.start().toLocalDate()).toList();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
