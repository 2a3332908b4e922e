package footplan.ics;

import footplan.schedule.Session;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Sessions before now are history: a rerun keeps them byte for byte, and only the sessions from now on follow the
 * new answers (the rule is written out in {@link Reconciler}). The fixture's sessions are on Tuesdays and
 * Thursdays at 07:30 in Berlin from Tue 1 Dec 2026; "now" is Wed 9 Dec 2026 12:00 there, in week 2.
 */
class CalendarHistoryTest {

    /** Wed 9 Dec 2026 12:00 in Berlin: Tue 1, Thu 3 and Tue 8 Dec are past; Thu 10 Dec is ahead. */
    static final Instant NOW = Instant.parse("2026-12-09T11:00:00Z");
    static final Instant THIRD_STAMP = Instant.parse("2026-12-09T11:00:00Z");

    @TempDir
    Path dir;

    private Path file;
    private CalendarRequest first;

    private void firstRun(int weeks) {
        file = dir.resolve("calendars/alex.ics");
        first = request(file, routine(weeks), sessions(weeks));
        CalendarWriter.write(first);
    }

    private CalendarRequest at(Instant now, List<Session> sessions, int weeks) {
        return new CalendarRequest(file, first.title(), routine(weeks), sessions, 10, false, "fp-alex-2",
                THIRD_STAMP, now, Optional.empty());
    }

    private static List<Session> at(List<Session> sessions, LocalTime time) {
        return sessions.stream().map(s -> new Session(s.week(), s.slot(), s.start().with(time))).toList();
    }

    /** The text of each VEVENT of a calendar file, by UID, as the file has it. */
    static String event(Path file, String uid) {
        var matcher = Pattern.compile("BEGIN:VEVENT\r\n(?:(?!END:VEVENT).)*?UID:" + Pattern.quote(uid)
                + "\r\n.*?END:VEVENT\r\n", Pattern.DOTALL).matcher(Ics.text(file));
        assertTrue(matcher.find(), () -> "no event " + uid + " in " + file);
        return matcher.group();
    }

    private static List<String> confirmedStarts(CalendarResult result) {
        return result.events().stream().filter(e -> !e.cancelled())
                .map(e -> e.start().toLocalDateTime().toString()).toList();
    }

    @Test
    void aNewTimeMovesOnlyTheSessionsAheadAndThePastStaysByteForByte() {
        firstRun(3);
        var past = List.of("fp-alex-1-w01-s1@footplan", "fp-alex-1-w01-s2@footplan", "fp-alex-1-w02-s1@footplan");
        var before = past.stream().map(uid -> event(file, uid)).toList();

        var result = CalendarWriter.write(at(NOW, at(first.sessions(), LocalTime.of(18, 15)), 3));

        assertEquals(before, past.stream().map(uid -> event(file, uid)).toList(), "DTSTAMP and all");
        assertEquals(3, result.changes().pastKept());
        assertEquals(List.of("week 2, session 2 moved from Thu 10 Dec 2026 07:30 to Thu 10 Dec 2026 18:15",
                "week 3, session 1 moved from Tue 15 Dec 2026 07:30 to Tue 15 Dec 2026 18:15",
                "week 3, session 2 moved from Thu 17 Dec 2026 07:30 to Thu 17 Dec 2026 18:15"),
                result.changes().moved());
        assertEquals(List.of(), result.changes().leftOut(), "the past sessions' new times are past too");
        assertEquals(List.of("2026-12-01T07:30", "2026-12-03T07:30", "2026-12-08T07:30", "2026-12-10T18:15",
                "2026-12-15T18:15", "2026-12-17T18:15"), confirmedStarts(result));
        CalendarWriterTest.assertNoValidationErrors(Ics.parse(file));
    }

    @Test
    void aSessionWhoseTurnIsPastIsNotPlannedAgainLaterThatDay() {
        firstRun(2);
        var tuesdayNoon = Instant.parse("2026-12-08T11:00:00Z");
        var before = event(file, "fp-alex-1-w02-s1@footplan");

        var result = CalendarWriter.write(at(tuesdayNoon, at(first.sessions(), LocalTime.of(18, 0)), 2));

        assertEquals(before, event(file, "fp-alex-1-w02-s1@footplan"));
        assertEquals(List.of("week 2, session 1 on Tue 8 Dec 2026 18:00 (that session was already due on"
                + " Tue 8 Dec 2026 07:30)"), result.changes().leftOut());
        assertEquals(List.of("2026-12-01T07:30", "2026-12-03T07:30", "2026-12-08T07:30", "2026-12-10T18:00"),
                confirmedStarts(result), "week 2 still has two sessions, not three");

        var again = CalendarWriter.write(at(tuesdayNoon, at(first.sessions(), LocalTime.of(18, 0)), 2));
        assertTrue(again.changes().none(), "leaving it out again changes nothing in the file");
        assertEquals(1, again.changes().leftOut().size());
    }

    @Test
    void aSessionAheadThatTheNewAnswersPutBeforeNowIsCancelled() {
        firstRun(2);
        var earlier = change(first.sessions(), 2, 1, s -> new Session(2, 1, s.start().minusDays(2)));

        var result = CalendarWriter.write(at(NOW, earlier, 2));

        var event = Ics.event(Ics.parse(file), "fp-alex-1-w02-s2@footplan");
        assertEquals("CANCELLED", Ics.value(event, Property.STATUS));
        assertEquals("20261210T073000", Ics.value(event, Property.DTSTART));
        assertEquals(List.of("week 2, session 2 on Thu 10 Dec 2026 07:30 (its new time, Tue 8 Dec 2026 07:30, is"
                + " already past)"), result.changes().cancelled());
    }

    /** Sessions per week 2 to 3 in week 2: the third session comes from now on; past weeks keep their two. */
    @Test
    void aThirdSessionAWeekIsAddedFromNowOnAndNotMadeUpInThePast() {
        firstRun(3);
        var three = new ArrayList<>(first.sessions());
        for (int week = 1; week <= 3; week++) {
            three.add(new Session(week, 2, START.plusWeeks(week - 1).plusDays(4).atTime(TIME).atZone(BERLIN)));
        }

        var result = CalendarWriter.write(at(NOW, three, 3));

        assertEquals(List.of("week 2, session 3 on Sat 12 Dec 2026 07:30", "week 3, session 3 on Sat 19 Dec 2026"
                + " 07:30"), result.changes().added(), "not week 1's Saturday, Sat 5 Dec, which is past");
        assertTrue(result.events().stream().noneMatch(e -> e.uid().equals("fp-alex-1-w01-s3@footplan")));
    }

    /** Sessions per week 3 to 2: the third sessions ahead are cancelled, the past ones stay. */
    @Test
    void fewerSessionsAWeekCancelOnlyTheThirdSessionsAhead() {
        file = dir.resolve("calendars/alex.ics");
        var three = new ArrayList<>(sessions(3));
        for (int week = 1; week <= 3; week++) {
            three.add(new Session(week, 2, START.plusWeeks(week - 1).plusDays(4).atTime(TIME).atZone(BERLIN)));
        }
        first = request(file, routine(3), three);
        CalendarWriter.write(first);
        var saturday = event(file, "fp-alex-1-w01-s3@footplan");

        var result = CalendarWriter.write(at(NOW, sessions(3), 3));

        assertEquals(saturday, event(file, "fp-alex-1-w01-s3@footplan"));
        assertEquals(List.of("week 2, session 3 on Sat 12 Dec 2026 07:30", "week 3, session 3 on Sat 19 Dec 2026"
                + " 07:30"), result.changes().cancelled());
    }

    /**
     * The start moved a week later in week 2: weeks count from the new start, so the new week 1's second session
     * and week 2's first, whose turns are already past, are left out; the weeks ahead move under their UIDs.
     */
    @Test
    void aLaterStartLeavesOutTheSessionsWhoseWeekAndSlotArePast() {
        firstRun(3);
        var later = first.sessions().stream().map(s -> new Session(s.week(), s.slot(), s.start().plusWeeks(1)))
                .toList();

        var result = CalendarWriter.write(at(NOW, later, 3));

        assertEquals(3, result.changes().pastKept());
        assertEquals(List.of("week 1, session 2 on Thu 10 Dec 2026 07:30 (that session was already due on"
                        + " Thu 3 Dec 2026 07:30)",
                "week 2, session 1 on Tue 15 Dec 2026 07:30 (that session was already due on Tue 8 Dec 2026 07:30)"),
                result.changes().leftOut());
        assertEquals(3, result.changes().moved().size());
        assertEquals(List.of("2026-12-01T07:30", "2026-12-03T07:30", "2026-12-08T07:30", "2026-12-17T07:30",
                "2026-12-22T07:30", "2026-12-24T07:30"), confirmedStarts(result));
    }

    @Test
    void aFirstProgramWritesItsSessionsBeforeNowToo() {
        file = dir.resolve("calendars/alex.ics");
        var request = new CalendarRequest(file, "Foot routine", routine(2), sessions(2), 10, false, "fp-alex-1",
                FIRST_STAMP, NOW, Optional.empty());

        var result = CalendarWriter.write(request);

        assertEquals(4, result.events().size(), "nothing was written before, so nothing would be kept");
    }

    @Test
    void aFreshProgramStartsFromNowAndCarriesOnlyTheOldSessionsAheadCancelled() {
        firstRun(2);

        var result = CalendarWriter.write(new CalendarRequest(file, first.title(), routine(2), sessions(2), 10,
                true, "fp-alex-2", THIRD_STAMP, NOW, Optional.empty()));

        var uids = result.events().stream().map(e -> e.uid() + " " + e.status()).toList();
        assertEquals(List.of("fp-alex-1-w02-s2@footplan CANCELLED", "fp-alex-2-w02-s2@footplan CONFIRMED"), uids,
                "the old past stays in the apps that have it; the new program's past would sit beside it");
        assertEquals(List.of("week 2, session 2 on Thu 10 Dec 2026 07:30 (the program this one replaces)"),
                result.changes().cancelled());
    }

    @Test
    void aNewFileBesideTheDefaultCalendarCarriesItsSessionsAheadCancelled() {
        firstRun(2);
        var other = dir.resolve("elsewhere/alex.ics");

        var result = CalendarWriter.write(new CalendarRequest(other, first.title(), routine(2), sessions(2), 10,
                false, "fp-alex-2", THIRD_STAMP, NOW, Optional.of(file)));

        assertTrue(result.newProgram());
        assertEquals(Optional.of(file), result.replacedFrom());
        var cancelled = Ics.event(Ics.parse(other), "fp-alex-1-w02-s2@footplan");
        assertEquals("CANCELLED", Ics.value(cancelled, Property.STATUS));
        assertEquals("1", Ics.value(cancelled, Property.SEQUENCE));
        assertTrue(Files.exists(file), "the default calendar itself is left as it was");
        assertFalse(Ics.text(other).contains("fp-alex-1-w01-s1"), "the old program's past is not carried");
    }

    @Test
    void aPreviewWritesNothingAtAll() throws Exception {
        firstRun(2);
        var before = Ics.bytes(file);
        try (var files = Files.list(file.getParent())) {
            var names = files.map(p -> p.getFileName().toString()).sorted().toList();

            var result = CalendarWriter.preview(at(NOW, at(first.sessions(), LocalTime.of(18, 15)), 2));

            assertEquals(1, result.changes().moved().size());
            assertFalse(result.written());
            assertNull(result.backup());
            assertArrayEquals(before, Ics.bytes(file));
            try (var after = Files.list(file.getParent())) {
                assertEquals(names, after.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
        var fresh = dir.resolve("new/alex.ics");
        CalendarWriter.preview(new CalendarRequest(fresh, "T", routine(1), sessions(1), 10, false, "p", FIRST_STAMP));
        assertFalse(Files.exists(fresh.getParent()), "no folder, calendar, lock or record");
    }
}
