package footplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.Dates;
import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.answers.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The invariants of every session plan, over generated schedules: every zone (the ones with odd clock changes
 * often), times in the small hours, any days, 1-26 weeks, skipped dates inside and outside the program.
 */
class SessionPlanPropertiesTest {

    private static final int TRIES = 300;

    private static final List<Schedule> SAMPLES = Samples.of(TRIES, GeneratedAnswers.schedules());

    /** A sample and its plan. */
    record Planned(Schedule schedule, SessionPlan plan) {
    }

    /** Plans inside each property, so a schedule the planner fails on is reported as that property's sample. */
    private static void forAll(Consumer<Planned> property) {
        Samples.forAll(SAMPLES, s -> property.accept(new Planned(s, SessionPlanner.plan(s))));
    }

    @Test
    void everySessionIsOnAnAllowedDayInsideItsProgramWeekAndNeverOnASkippedDate() {
        forAll(p -> {
            Schedule s = p.schedule();
            Set<String> keys = new HashSet<>();
            for (Session session : p.plan().sessions()) {
                LocalDate date = session.start().toLocalDate();
                assertThat(session.start().getZone()).isEqualTo(s.zone());
                assertThat(date).as("date of %s", session).isBetween(s.start(), s.end());
                assertThat(s.days()).as("day of %s", session).contains(date.getDayOfWeek());
                assertThat(s.skip()).as("skipped dates").doesNotContain(date);
                assertThat(session.week()).as("week of %s", session)
                        .isEqualTo(ChronoUnit.DAYS.between(s.start(), date) / 7 + 1);
                assertThat(session.slot()).isBetween(0, s.sessionsPerWeek() - 1);
                assertThat(keys.add(session.week() + "/" + session.slot())).as("unique %s", session).isTrue();
            }
            assertThat(p.plan().sessions()).extracting(session -> session.start().toInstant()).isSorted();
        });
    }

    @Test
    void everyWeekHasTheSessionsAskedForLessTheSkippedOnesThePlanReports() {
        forAll(p -> {
            Schedule s = p.schedule();
            Map<Integer, Long> perWeek = p.plan().sessions().stream()
                    .collect(Collectors.groupingBy(Session::week, Collectors.counting()));
            for (int week = 1; week <= s.weeks(); week++) {
                LocalDate first = s.start().plusWeeks(week - 1L);
                long skippedThatWeek = s.skip().stream()
                        .filter(d -> !d.isBefore(first) && d.isBefore(first.plusWeeks(1))).count();
                long sessions = perWeek.getOrDefault(week, 0L);
                if (skippedThatWeek == 0) {
                    assertThat(sessions).as("sessions in week %d", week).isEqualTo(s.sessionsPerWeek());
                } else {
                    assertThat(sessions).as("sessions in week %d", week)
                            .isBetween(s.sessionsPerWeek() - skippedThatWeek, (long) s.sessionsPerWeek());
                }
            }
            long missing = (long) s.sessionsPerWeek() * s.weeks() - p.plan().sessions().size();
            long reported = p.plan().notes().stream().filter(n -> n.contains("that session is left out")).count();
            assertThat(reported).as("sessions left out and reported").isEqualTo(missing);
        });
    }

    @Test
    void thereIsARestDayBetweenSessionsWheneverTheAllowedDaysLeaveRoomForOne() {
        forAll(p -> {
            boolean room = restDayFits(p.schedule().days(), p.schedule().sessionsPerWeek());
            List<Session> sessions = p.plan().sessions();
            if (room) {
                for (int i = 1; i < sessions.size(); i++) {
                    LocalDate before = sessions.get(i - 1).start().toLocalDate();
                    LocalDate after = sessions.get(i).start().toLocalDate();
                    assertThat(ChronoUnit.DAYS.between(before, after)).as("days from %s to %s", before, after)
                            .isGreaterThanOrEqualTo(2);
                }
                assertThat(p.plan().notes()).noneMatch(n -> n.contains("have no rest day between them"));
            } else {
                assertThat(p.plan().notes()).anyMatch(n -> n.contains("have no rest day between them"));
            }
        });
    }

    @Test
    void everySessionIsAtTheAskedTimeOnThePersonsClockOrANoteSaysWhyNot() {
        forAll(p -> {
            Schedule s = p.schedule();
            for (Session session : p.plan().sessions()) {
                LocalDateTime asked = session.start().toLocalDate().atTime(s.time());
                ZoneOffsetTransition change = s.zone().getRules().getTransition(asked);
                if (change == null) {
                    assertThat(session.start().toLocalDateTime()).isEqualTo(asked);
                } else {
                    if (change.isGap()) {
                        assertThat(session.start().toLocalDateTime()).isEqualTo(asked.plus(change.getDuration()));
                    } else {
                        assertThat(session.start().toLocalDateTime()).isEqualTo(asked);
                        assertThat(session.start().getOffset()).as("the first of two equal times")
                                .isEqualTo(change.getOffsetBefore());
                    }
                    assertThat(p.plan().notes()).anyMatch(n -> n.startsWith(Dates.day(asked.toLocalDate()) + ": "));
                }
            }
        });
    }

    @Test
    void theSameScheduleGivesTheSamePlan() {
        forAll(p -> assertThat(SessionPlanner.plan(p.schedule())).isEqualTo(p.plan()));
    }

    @Test
    void theSamplesCoverSkipsClockChangesAndDaysWithoutRest() {
        // Samples that quietly stopped covering a case would make the properties above pass without checking it.
        List<String> notes = SAMPLES.stream().flatMap(s -> SessionPlanner.plan(s).notes().stream()).toList();
        assertThat(notes.stream().filter(n -> n.contains("that session is left out"))).as("left out").isNotEmpty();
        assertThat(notes.stream().filter(n -> n.contains("that session moves to"))).as("moved").isNotEmpty();
        assertThat(notes.stream().filter(n -> n.contains("clocks go forward"))).as("gaps").isNotEmpty();
        assertThat(notes.stream().filter(n -> n.contains("clocks go back"))).as("overlaps").isNotEmpty();
        assertThat(SAMPLES.stream().filter(s -> !restDayFits(s.days(), s.sessionsPerWeek()))).as("no rest day")
                .isNotEmpty();
    }

    /** Whether some choice of the allowed days leaves at least one free day after every session, round the week. */
    private static boolean restDayFits(Set<DayOfWeek> allowed, int perWeek) {
        for (int mask = 0; mask < 1 << 7; mask++) {
            if (Integer.bitCount(mask) != perWeek) {
                continue;
            }
            boolean fits = true;
            for (int day = 0; day < 7 && fits; day++) {
                if ((mask & 1 << day) != 0) {
                    fits = allowed.contains(DayOfWeek.of(day + 1)) && (mask & 1 << (day + 1) % 7) == 0;
                }
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }
}
