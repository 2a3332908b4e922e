package footplan.ics;

import footplan.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class CalendarReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatTheWriterWrote() {
        var file = dir.resolve("alex.ics");
        var first = request(file, routine(2), sessions(2));
        CalendarWriter.write(first);
        var written = CalendarWriter.write(rerun(first, routine(1), sessions(1)));

        var calendar = CalendarReader.read(file);

        assertEquals("fp-alex-1", calendar.programId());
        assertEquals("Foot routine – Alex", calendar.title());
        assertEquals(written.events(), calendar.events());
        var last = calendar.events().get(3);
        assertEquals(new SessionEvent("fp-alex-1-w02-s2@footplan", 1, SessionEvent.Status.CANCELLED, 2, 1,
                LocalDateTime.of(2026, 12, 10, 7, 30).atZone(BERLIN),
                LocalDateTime.of(2026, 12, 10, 7, 50).atZone(BERLIN)), last);
    }

    @Test
    void aMissingFileIsAUserError() {
        var error = assertThrows(UserInputException.class, () -> CalendarReader.read(dir.resolve("none.ics")));

        assertEquals(dir.resolve("none.ics") + ": no such calendar file", error.getMessage());
    }
}
