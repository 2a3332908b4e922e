package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionPlannerDaylightSavingTest {

    @ParameterizedTest(name = "{0}, clocks change on {2}")
    @CsvSource({
            // zone,            week starts, change (a Sunday), offset before, offset after
            "America/New_York, 2027-03-08, 2027-03-14, -05:00, -04:00",
            "America/New_York, 2026-10-26, 2026-11-01, -04:00, -05:00",
            "Europe/Berlin,    2027-03-22, 2027-03-28, +01:00, +02:00",
            "Europe/Berlin,    2026-10-19, 2026-10-25, +02:00, +01:00",
    })
    void sessionsStayAtTheSameWallClockTimeAcrossAClockChange(String zone, String start, LocalDate change,
                                                               String before, String after) {
        SessionPlan plan = SessionPlanner.plan(Schedules.schedule(3, "tue,thu,sun", "07:30", zone, start, 2));

        assertEquals(6, plan.sessions().size());
        for (Session session : plan.sessions()) {
            ZonedDateTime at = session.start();
            assertEquals(LocalTime.of(7, 30), at.toLocalTime(), at.toString());
            String expectedOffset = at.toLocalDate().isBefore(change) ? before : after;
            assertEquals(ZoneOffset.of(expectedOffset), at.getOffset(), at.toString());
        }
        assertTrue(plan.sessions().stream().anyMatch(s -> s.start().toLocalDate().equals(change)));
        assertEquals(List.of(), plan.notes(), "07:30 exists once on every day");
    }

    @Test
    void theHourAroundAChangeIsNotCountedIntoTheWallClockTime() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(3, "tue,thu,sun", "07:30", "America/New_York", "2027-03-08", 1));

        ZonedDateTime thursday = plan.sessions().get(1).start();
        ZonedDateTime sunday = plan.sessions().get(2).start();

        assertEquals(Duration.ofHours(3 * 24 - 1), Duration.between(thursday, sunday));
    }

    @ParameterizedTest(name = "{0} on {2}")
    @CsvSource({
            "America/New_York, 2027-03-08, 2027-03-14T03:30-04:00[America/New_York], Sun 14 Mar 2027: 02:30 does not exist in America/New_York (clocks go forward); that session starts at 03:30.",
            "Europe/Berlin,    2027-03-22, 2027-03-28T03:30+02:00[Europe/Berlin], Sun 28 Mar 2027: 02:30 does not exist in Europe/Berlin (clocks go forward); that session starts at 03:30.",
    })
    void aTimeTheClocksSkipIsScheduledRightAfterTheJumpAndReported(String zone, String start, String expected,
                                                                  String note) {
        SessionPlan plan = SessionPlanner.plan(Schedules.schedule(2, "wed,sun", "02:30", zone, start, 2));

        assertEquals(4, plan.sessions().size(), "no session is dropped");
        Session sunday = plan.sessions().get(1);
        assertEquals(new Session(1, 1, ZonedDateTime.parse(expected)), sunday);
        assertEquals(LocalTime.of(2, 30), plan.sessions().get(2).start().toLocalTime(), "the next week is back to 02:30");
        assertEquals(List.of(note), plan.notes());
    }

    @Test
    void quartzGivesTheDatesOnThePersonsCalendarEvenOnADayWhoseTimeTheClocksSkip() {
        // In the person's zone Quartz 2.5.2 dropped such a day without a word; on the local calendar it cannot.
        List<LocalDate> dates = QuartzFireTimes.between(Schedules.days("sun"), LocalTime.of(2, 30),
                LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 22), List.of());

        assertEquals(List.of(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 21)), dates);
    }

    @ParameterizedTest
    @CsvSource({
        // Ramadan moves Casablanca's clocks back an hour; java.util.TimeZone knows those changes only up to 2037.
        "Africa/Casablanca, 2086-04-14, 00:04, 2086-04-15T00:04+00:00[Africa/Casablanca]",
        "Asia/Gaza, 2040-08-01, 19:00, 2040-08-01T19:00+03:00[Asia/Gaza]",
        // After 2037 java.util.TimeZone gives Windhoek a daylight saving time it no longer has.
        "Africa/Windhoek, 2040-07-02, 07:30, 2040-07-02T07:30+02:00[Africa/Windhoek]",
    })
    void zonesWhoseClockChangesFollowNoRuleArePlannedAtTheAskedTimeAfter2037(String zone, String start, String time,
                                                                            String first) {
        SessionPlan plan = SessionPlanner.plan(Schedules.schedule(3, "mon,wed,fri,sat,sun", time, zone, start, 16));

        assertEquals(ZonedDateTime.parse(first), plan.sessions().get(0).start());
        assertEquals(48, plan.sessions().size());
        plan.sessions().forEach(s -> assertEquals(LocalTime.parse(time), s.start().toLocalTime(), s.toString()));
    }

    @Test
    void aTimeThatHappensTwiceIsTheFirstOneAndReported() {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(2, "wed,sun", "01:30", "America/New_York", "2026-10-26", 1));

        ZonedDateTime sunday = plan.sessions().get(1).start();
        assertEquals(LocalTime.of(1, 30), sunday.toLocalTime());
        assertEquals(ZoneOffset.of("-04:00"), sunday.getOffset(), "the first 01:30, still on daylight time");
        assertEquals(List.of("Sun 1 Nov 2026: 01:30 happens twice in America/New_York (clocks go back); "
                + "that session is at the first 01:30, before the clocks go back."), plan.notes());
    }
}
