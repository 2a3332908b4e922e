package footplan.ics;

import footplan.rules.Referral;
import footplan.rules.Routine;
import footplan.schedule.Session;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Requests the caller got wrong are refused before anything is read or written. */
class CalendarRequestTest {

    private static final Path FILE = Path.of("calendars/alex.ics");

    private static CalendarRequest with(Routine routine, List<Session> sessions, String programId) {
        return new CalendarRequest(FILE, "T", routine, sessions, 10, false, programId, FIRST_STAMP);
    }

    @Test
    void programIdsMustBeUsableInUids() {
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), sessions(1), "has space"));
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), sessions(1), "a@b"));
        assertDoesNotThrow(() -> with(routine(1), sessions(1), "fp-alex_2.1"));
    }

    @Test
    void everySessionNeedsAWeekOfTheRoutineAndItsOwnSlot() {
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), sessions(2), "p"));
        var twice = List.of(sessions(1).get(0), sessions(1).get(0));
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), twice, "p"));
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), List.of(), "p"));
    }

    @Test
    void aReferralHasNoCalendar() {
        var referral = new Routine(Optional.of(new Referral(List.of("see a clinician"))), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> with(referral, sessions(1), "p"));
    }

    @Test
    void aBareOffsetIsNotATimeZone() {
        var offset = List.of(new Session(1, 0, START.atTime(TIME).atZone(ZoneOffset.ofHours(1))));
        assertThrows(IllegalArgumentException.class, () -> with(routine(1), offset, "p"));
    }
}
