package footplan.ics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A calendar footplan wrote, read back as a rerun reads it. */
class ParsedCalendarTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatTheWriterWrote() {
        var file = dir.resolve("alex.ics");
        var first = request(file, routine(2), sessions(2));
        CalendarWriter.write(first);
        var written = CalendarWriter.write(rerun(first, routine(1), sessions(1)));

        var calendar = ParsedCalendar.parse(file, Ics.bytes(file));

        assertEquals("fp-alex-1", calendar.programId());
        assertEquals(written.events(), Ics.sessions(file));
        var last = Ics.sessions(file).get(3);
        assertEquals(new SessionEvent("fp-alex-1-w02-s2@footplan", 1, SessionEvent.Status.CANCELLED, 2, 1,
                LocalDateTime.of(2026, 12, 10, 7, 30).atZone(BERLIN),
                LocalDateTime.of(2026, 12, 10, 7, 50).atZone(BERLIN)), last);
    }
}
