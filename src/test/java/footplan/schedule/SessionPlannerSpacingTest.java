package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import footplan.answers.Schedule;

class SessionPlannerSpacingTest {

    private static final String REST_DAY_NOTE = "have no rest day between them";
    /** A Wednesday, so program weeks do not line up with calendar weeks. */
    private static final LocalDate START = LocalDate.of(2026, 6, 3);
    private static final int WEEKS = 4;

    @Test
    void everySetOfAllowedDaysGetsTheBestSpreadAndANoteExactlyWhenNoRestDayFits() {
        int checked = 0;
        for (int mask = 1; mask < 1 << 7; mask++) {
            Set<DayOfWeek> allowed = daysOf(mask);
            for (int perWeek = Schedule.MIN_SESSIONS; perWeek <= Math.min(Schedule.MAX_SESSIONS, allowed.size());
                 perWeek++) {
                checkSpread(allowed, perWeek);
                checked++;
            }
        }
        assertEquals(120 + 99, checked, "subsets of at least 2 days for 2 sessions, of at least 3 for 3");
    }

    private static void checkSpread(Set<DayOfWeek> allowed, int perWeek) {
        Schedule schedule = new Schedule(perWeek, allowed, LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"), START,
                WEEKS, 0, new TreeSet<>());
        SessionPlan plan = SessionPlanner.plan(schedule);
        String label = allowed + " x" + perWeek;

        Map<Integer, List<Session>> byWeek = plan.sessions().stream().collect(Collectors.groupingBy(Session::week));
        assertEquals(WEEKS, byWeek.size(), label);
        byWeek.values().forEach(week -> assertEquals(perWeek, week.size(), label + ": sessions in a full week"));
        Set<DayOfWeek> used = plan.sessions().stream().map(s -> s.start().getDayOfWeek())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        assertEquals(perWeek, used.size(), label + ": the same days every week");
        assertTrue(allowed.containsAll(used), label + ": only allowed days");

        int best = bestSmallestGap(allowed, perWeek);
        assertEquals(best, smallestGap(used), label + ": as spread out as the allowed days allow");
        boolean restDayPossible = best >= 2;
        long restNotes = plan.notes().stream().filter(note -> note.contains(REST_DAY_NOTE)).count();
        assertEquals(restDayPossible ? 0 : 1, restNotes, label + ": " + plan.notes());
        if (restDayPossible) {
            assertTrue(restDayBetweenAllSessions(plan.sessions()), label);
        }
    }

    @ParameterizedTest(name = "{0} x{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "mon,tue,wed,thu,fri,sat,sun | 3 | MONDAY,WEDNESDAY,FRIDAY",
            "mon,tue,wed,thu,fri,sat,sun | 2 | MONDAY,THURSDAY",
            "mon,tue,sat                 | 2 | TUESDAY,SATURDAY",
            "mon,tue,wed,thu,fri         | 3 | MONDAY,WEDNESDAY,FRIDAY",
            "tue,wed,fri,sun             | 3 | TUESDAY,FRIDAY,SUNDAY",
            "mon,tue,wed,thu             | 3 | MONDAY,TUESDAY,THURSDAY",
    })
    void choosesTheMostEvenSpreadThenTheEarliestDays(String allowed, int perWeek, String expected) {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(perWeek, allowed, "07:30", "Europe/Berlin", "2026-06-01", 1));

        List<DayOfWeek> days = plan.sessions().stream().map(s -> s.start().getDayOfWeek()).toList();

        assertEquals(List.of(expected.split(",")).stream().map(DayOfWeek::valueOf).toList(), days);
    }

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource(delimiter = '|', value = {
            "sat,sun         | 2 | Sessions on Sat and Sun have no rest day between them: the allowed days do not leave room for one.",
            "sat,sun,mon     | 3 | Sessions on Sat, Sun and Mon have no rest day between them: the allowed days do not leave room for one.",
            "mon,tue,wed,thu | 3 | Sessions on Mon and Tue have no rest day between them: the allowed days do not leave room for one.",
    })
    void namesTheDaysThatComeBackToBack(String allowed, int perWeek, String note) {
        SessionPlan plan = SessionPlanner.plan(
                Schedules.schedule(perWeek, allowed, "07:30", "Europe/Berlin", "2026-06-01", 2));

        assertEquals(List.of(note), plan.notes());
        assertEquals(2 * perWeek, plan.sessions().size(), "scheduled anyway");
    }

    private static Set<DayOfWeek> daysOf(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & 1 << day.ordinal()) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    /** Smallest number of days from one session day forward to another, round the week. */
    private static int smallestGap(Set<DayOfWeek> days) {
        int smallest = 7;
        for (DayOfWeek from : days) {
            for (DayOfWeek to : days) {
                if (from != to) {
                    smallest = Math.min(smallest, Math.floorMod(to.getValue() - from.getValue(), 7));
                }
            }
        }
        return smallest;
    }

    private static int bestSmallestGap(Set<DayOfWeek> allowed, int size) {
        return subsets(new ArrayList<>(allowed), size).stream().mapToInt(SessionPlannerSpacingTest::smallestGap)
                .max().orElseThrow();
    }

    private static List<Set<DayOfWeek>> subsets(List<DayOfWeek> days, int size) {
        List<Set<DayOfWeek>> subsets = new ArrayList<>();
        if (size == 0) {
            subsets.add(EnumSet.noneOf(DayOfWeek.class));
            return subsets;
        }
        for (int i = 0; i <= days.size() - size; i++) {
            for (Set<DayOfWeek> rest : subsets(days.subList(i + 1, days.size()), size - 1)) {
                rest.add(days.get(i));
                subsets.add(rest);
            }
        }
        return subsets;
    }

    private static boolean restDayBetweenAllSessions(List<Session> sessions) {
        for (int i = 1; i < sessions.size(); i++) {
            LocalDate previous = sessions.get(i - 1).start().toLocalDate();
            if (previous.plusDays(2).isAfter(sessions.get(i).start().toLocalDate())) {
                return false;
            }
        }
        return true;
    }
}
