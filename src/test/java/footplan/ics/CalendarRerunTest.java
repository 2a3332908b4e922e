package footplan.ics;

import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Journey 3: the answers change, footplan runs again, and the calendar is updated instead of duplicated. */
class CalendarRerunTest {

    @TempDir
    Path dir;

    private Path file;
    private CalendarRequest first;

    private void firstRun(int weeks) {
        file = dir.resolve("calendars/alex.ics");
        first = request(file, routine(weeks), sessions(weeks));
        CalendarWriter.write(first);
    }

    @Test
    void identicalRerunLeavesTheFileByteForByteAndReportsNoChange() {
        firstRun(3);
        var before = Ics.bytes(file);

        var result = CalendarWriter.write(rerun(first, first.routine(), first.sessions()));

        assertArrayEquals(before, Ics.bytes(file));
        assertTrue(result.changes().none(), () -> result.changes().toString());
        assertFalse(result.newProgram());
        assertEquals("fp-alex-1", result.programId(), "the program of the file wins over a new id");
        assertNull(result.backup(), "nothing replaced, nothing to back up");
        assertFalse(Files.exists(dir.resolve("calendars/alex.ics.bak")));
    }

    @Test
    void movedSessionKeepsItsUidWithTheNextSequenceAndTheOthersStayAsTheyWere() {
        firstRun(2);
        var moved = change(first.sessions(), 2, 0, s -> new footplan.schedule.Session(2, 0,
                s.start().plusDays(1).withHour(18).withMinute(0)));

        var result = CalendarWriter.write(rerun(first, first.routine(), moved));

        var calendar = Ics.parse(file);
        assertEquals(4, Ics.events(calendar).size());
        var event = Ics.event(calendar, "fp-alex-1-w02-s1@footplan");
        assertEquals("1", Ics.value(event, Property.SEQUENCE));
        assertEquals("20261127T181500Z", Ics.value(event, Property.DTSTAMP));
        assertEquals("20261209T180000", Ics.value(event, Property.DTSTART));
        var untouched = Ics.event(calendar, "fp-alex-1-w01-s1@footplan");
        assertEquals("0", Ics.value(untouched, Property.SEQUENCE));
        assertEquals("20261120T090000Z", Ics.value(untouched, Property.DTSTAMP));
        assertEquals(List.of("week 2, session 1 moved from Tue 8 Dec 2026 07:30 to Wed 9 Dec 2026 18:00"),
                result.changes().moved());
        assertEquals(List.of(), result.changes().changed());
        assertEquals(List.of(), result.changes().added());
        assertEquals(file.resolveSibling("alex.ics.bak"), result.backup());
    }

    @Test
    void sessionsThatNoLongerExistStayCancelledWithoutReminder() {
        firstRun(3);

        var result = CalendarWriter.write(rerun(first, routine(2), sessions(2)));

        var calendar = Ics.parse(file);
        assertEquals(6, Ics.events(calendar).size(), "nothing is removed from the file");
        for (var uid : List.of("fp-alex-1-w03-s1@footplan", "fp-alex-1-w03-s2@footplan")) {
            var event = Ics.event(calendar, uid);
            assertEquals("CANCELLED", Ics.value(event, Property.STATUS));
            assertEquals("1", Ics.value(event, Property.SEQUENCE));
            assertEquals("20261127T181500Z", Ics.value(event, Property.DTSTAMP));
            assertTrue(event.getAlarms().isEmpty());
        }
        assertEquals(List.of("week 3, session 1 on Tue 15 Dec 2026 07:30",
                "week 3, session 2 on Thu 17 Dec 2026 07:30"), result.changes().cancelled());
        assertEquals(List.of(SessionEvent.Status.CONFIRMED, SessionEvent.Status.CONFIRMED,
                SessionEvent.Status.CONFIRMED, SessionEvent.Status.CONFIRMED, SessionEvent.Status.CANCELLED,
                SessionEvent.Status.CANCELLED), result.events().stream().map(SessionEvent::status).toList());
        CalendarWriterTest.assertNoValidationErrors(calendar);
    }

    @Test
    void aCancelledSessionStaysAsItIsAndComesBackConfirmedWithTheNextSequence() {
        firstRun(3);
        var shorter = rerun(first, routine(2), sessions(2));
        CalendarWriter.write(shorter);
        var afterCancel = Ics.bytes(file);

        var again = CalendarWriter.write(new CalendarRequest(file, first.title(), routine(2), sessions(2), 10, false,
                "fp-other", java.time.Instant.parse("2026-12-01T00:00:00Z")));
        assertArrayEquals(afterCancel, Ics.bytes(file), "already cancelled sessions are not touched again");
        assertTrue(again.changes().none());

        var back = CalendarWriter.write(rerun(first, routine(3), sessions(3)));
        var event = Ics.event(Ics.parse(file), "fp-alex-1-w03-s2@footplan");
        assertEquals("CONFIRMED", Ics.value(event, Property.STATUS));
        assertEquals("2", Ics.value(event, Property.SEQUENCE));
        assertEquals(1, event.getAlarms().size());
        assertEquals(List.of("week 3, session 1 on Tue 15 Dec 2026 07:30 (back after being cancelled)",
                "week 3, session 2 on Thu 17 Dec 2026 07:30 (back after being cancelled)"), back.changes().added());
    }

    @Test
    void newExercisesInAWeekChangeOnlyThatWeeksSessions() {
        firstRun(2);
        var routine = replaceWeek(first.routine(), week(2, 20, heelRaises(11), toeCurls()));

        var result = CalendarWriter.write(rerun(first, routine, first.sessions()));

        var calendar = Ics.parse(file);
        assertEquals("1", Ics.value(Ics.event(calendar, "fp-alex-1-w02-s1@footplan"), Property.SEQUENCE));
        assertEquals("1", Ics.value(Ics.event(calendar, "fp-alex-1-w02-s2@footplan"), Property.SEQUENCE));
        assertEquals("0", Ics.value(Ics.event(calendar, "fp-alex-1-w01-s1@footplan"), Property.SEQUENCE));
        assertTrue(Ics.value(Ics.event(calendar, "fp-alex-1-w02-s1@footplan"), Property.DESCRIPTION)
                .contains("2. Towel toe curls (sitting on a chair)"));
        assertEquals(List.of("week 2, session 1 on Tue 8 Dec 2026 07:30: exercises or dosage changed",
                "week 2, session 2 on Thu 10 Dec 2026 07:30: exercises or dosage changed"), result.changes().changed());
        assertEquals(List.of("toe-curls"), result.changes().exercisesAdded());
        assertEquals(List.of(), result.changes().exercisesDropped(), "week 1 still has ankle circles");
    }

    @Test
    void droppedExerciseAndLongerSessionsAreReported() {
        firstRun(1);
        var routine = routine(List.of(week(1, 25, heelRaises(10), toeCurls())));

        var result = CalendarWriter.write(rerun(first, routine, first.sessions()));

        assertEquals(List.of("toe-curls"), result.changes().exercisesAdded());
        assertEquals(List.of("ankle-circles"), result.changes().exercisesDropped());
        assertEquals("week 1, session 1 on Tue 1 Dec 2026 07:30: now 25 minutes (was 20), exercises or dosage changed",
                result.changes().changed().get(0));
        assertEquals("20261201T075500", Ics.value(Ics.events(Ics.parse(file)).get(0), Property.DTEND));
    }

    @Test
    void aChangedReminderChangesEverySession() {
        firstRun(1);

        var result = CalendarWriter.write(new CalendarRequest(file, first.title(), first.routine(), first.sessions(),
                30, false, "fp-alex-2", SECOND_STAMP));

        assertEquals(List.of("week 1, session 1 on Tue 1 Dec 2026 07:30: reminder changed",
                "week 1, session 2 on Thu 3 Dec 2026 07:30: reminder changed"), result.changes().changed());
        assertEquals("-PT30M", Ics.value(Ics.events(Ics.parse(file)).get(0).getAlarms().get(0), Property.TRIGGER));
    }

    @Test
    void newSessionsAreAddedToTheProgram() {
        firstRun(1);

        var result = CalendarWriter.write(rerun(first, routine(2), sessions(2)));

        assertEquals(List.of("week 2, session 1 on Tue 8 Dec 2026 07:30", "week 2, session 2 on Thu 10 Dec 2026 07:30"),
                result.changes().added());
        assertEquals("0", Ics.value(Ics.event(Ics.parse(file), "fp-alex-1-w02-s1@footplan"), Property.SEQUENCE));
    }

    @Test
    void freshStartsANewProgramThatCarriesTheOldOnesSessionsAheadCancelled() {
        firstRun(2);
        var old = Ics.bytes(file);

        var result = CalendarWriter.write(new CalendarRequest(file, first.title(), first.routine(), first.sessions(),
                10, true, "fp-alex-2", SECOND_STAMP));

        assertTrue(result.newProgram());
        assertEquals("fp-alex-2", result.programId());
        assertEquals(java.util.Optional.of(file), result.replacedFrom());
        assertArrayEquals(old, Ics.bytes(result.backup()));
        var calendar = Ics.parse(file);
        var events = Ics.events(calendar);
        assertEquals(8, events.size(), "the new program's 4 sessions and the old one's 4, cancelled");
        var fresh = events.stream().filter(e -> Ics.value(e, Property.UID).startsWith("fp-alex-2-w")).toList();
        assertEquals(4, fresh.size());
        assertTrue(fresh.stream().allMatch(e -> "0".equals(Ics.value(e, Property.SEQUENCE))
                && "CONFIRMED".equals(Ics.value(e, Property.STATUS))));
        var old1 = events.stream().filter(e -> Ics.value(e, Property.UID).startsWith("fp-alex-1-w")).toList();
        assertEquals(4, old1.size());
        assertTrue(old1.stream().allMatch(e -> "1".equals(Ics.value(e, Property.SEQUENCE))
                && "CANCELLED".equals(Ics.value(e, Property.STATUS)) && e.getAlarms().isEmpty()));
        assertEquals(4, result.changes().cancelled().size());
        CalendarWriterTest.assertNoValidationErrors(calendar);

        var again = CalendarWriter.write(new CalendarRequest(file, first.title(), first.routine(), first.sessions(),
                10, false, "fp-alex-3", SECOND_STAMP));
        assertTrue(again.changes().none(), "a rerun reads the carried cancellations back: " + again.changes());
        assertEquals("fp-alex-2", again.programId());
    }

    @Test
    void timeZoneChangeMovesEverySessionAndKeepsOnlyTheZonesInUse() {
        firstRun(1);
        var auckland = sessions(1, java.time.ZoneId.of("Pacific/Auckland"));

        var result = CalendarWriter.write(rerun(first, first.routine(), auckland));

        assertEquals("week 1, session 1 moved from Tue 1 Dec 2026 07:30 Europe/Berlin to Tue 1 Dec 2026 07:30 "
                + "Pacific/Auckland", result.changes().moved().get(0));
        var zones = Ics.parse(file).getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE);
        assertEquals(1, zones.size());
    }
}
