package footplan.ics;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A previous calendar read ahead (while the rules run) must not undo a run that wrote in between. */
class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void aCalendarChangedAfterTheReadAheadIsReadAgainUnderTheLock() {
        Path file = dir.resolve("calendars/alex.ics");
        var first = request(file, routine(2), sessions(2));
        CalendarWriter.write(first);
        PreviousCalendar stale = PreviousCalendar.read(file, false);
        var movedOnce = change(first.sessions(), 1, 0, s -> new footplan.schedule.Session(1, 0, s.start().withHour(8)));
        CalendarWriter.write(rerun(first, first.routine(), movedOnce));
        var movedTwice = change(first.sessions(), 1, 0, s -> new footplan.schedule.Session(1, 0, s.start().withHour(9)));

        CalendarWriter.write(rerun(first, first.routine(), movedTwice), stale);

        var event = Ics.event(Ics.parse(file), "fp-alex-1-w01-s1@footplan");
        assertEquals("2", Ics.value(event, Property.SEQUENCE), "the run in between counted");
        assertEquals("20261201T093000", Ics.value(event, Property.DTSTART));
    }
}
