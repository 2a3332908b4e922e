package footplan.ics;

import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A referral cancels the sessions ahead of the calendar, and leaves the past as it was. */
class CalendarReferralTest {

    @TempDir
    Path dir;

    private Path written() {
        var file = dir.resolve("calendars/alex.ics");
        CalendarWriter.write(request(file, routine(2), sessions(2)));
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSessionsAheadAreCancelledWithoutRemindersAndThePastStaysByteForByte() {
        var file = written();
        var before = Ics.bytes(file);
        var uids = List.of("fp-alex-1-w01-s1@footplan", "fp-alex-1-w01-s2@footplan", "fp-alex-1-w02-s1@footplan");
        var past = uids.stream().map(uid -> CalendarHistoryTest.event(file, uid)).toList();

        var result = CalendarWriter.cancelAhead(file, CalendarHistoryTest.NOW, SECOND_STAMP, true).orElseThrow();

        assertEquals(List.of("week 2, session 2 on Thu 10 Dec 2026 07:30"), result.changes().cancelled());
        assertEquals(3, result.changes().pastKept());
        assertTrue(result.written());
        assertArrayEquals(before, Ics.bytes(result.backup()));
        var calendar = Ics.parse(file);
        var ahead = Ics.event(calendar, "fp-alex-1-w02-s2@footplan");
        assertEquals("CANCELLED", Ics.value(ahead, Property.STATUS));
        assertEquals("1", Ics.value(ahead, Property.SEQUENCE));
        assertTrue(ahead.getAlarms().isEmpty(), "a cancelled session does not remind");
        assertEquals(past, uids.stream().map(uid -> CalendarHistoryTest.event(file, uid)).toList(), "DTSTAMP and all");
        assertEquals("Foot routine – Alex", Ics.value(calendar, "X-WR-CALNAME"));
        CalendarWriterTest.assertNoValidationErrors(calendar);
    }

    @Test
    void sessionsThatComeBackAfterAReferralBringNoNewExercises() {
        var file = written();
        CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, true);

        var back = CalendarWriter.write(new CalendarRequest(file, "Foot routine – Alex", routine(2), sessions(2), 10,
                false, "fp-alex-2", SECOND_STAMP));

        assertEquals(4, back.changes().added().size());
        assertEquals(List.of(), back.changes().exercisesAdded());
        assertEquals(List.of(), back.changes().exercisesDropped());
    }

    @Test
    void aSecondReferralChangesNothing() {
        var file = written();
        CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, true);
        var once = Ics.bytes(file);

        var again = CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, true).orElseThrow();

        assertArrayEquals(once, Ics.bytes(file));
        assertEquals(List.of(), again.changes().cancelled());
        assertFalse(again.written());
    }

    @Test
    void withoutACalendarNothingIsCreated() throws IOException {
        var file = dir.resolve("calendars/alex.ics");

        assertEquals(Optional.empty(), CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, true));

        assertEquals(List.of(), names(dir));
    }

    @Test
    void aPreviewSaysWhatWouldBeCancelledAndWritesNothing() throws IOException {
        var file = written();
        var before = Ics.bytes(file);
        var files = names(file.getParent());

        var result = CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, false).orElseThrow();

        assertEquals(4, result.changes().cancelled().size());
        assertFalse(result.written());
        assertArrayEquals(before, Ics.bytes(file));
        assertEquals(files, names(file.getParent()));
    }
}
