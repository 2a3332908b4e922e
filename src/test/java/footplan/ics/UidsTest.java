package footplan.ics;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class UidsTest {

    @Test
    void uidNamesProgramWeekAndSessionNumber() {
        assertEquals("fp-1-w02-s1@footplan", Uids.of("fp-1", 2, 0));
        assertEquals("fp-1-w12-s3@footplan", Uids.of("fp-1", 12, 2));
        assertEquals("fp-1-w100-s1@footplan", Uids.of("fp-1", 100, 0));
    }

    @Test
    void aUidOfTheProgramGivesBackWeekAndSlot() {
        assertEquals(Optional.of(new Uids.Key(2, 0)), Uids.parse("fp-1", "fp-1-w02-s1@footplan"));
        assertEquals(Optional.of(new Uids.Key(3, 1)), Uids.parse("a-w01-s1", "a-w01-s1-w03-s2@footplan"));
    }

    @Test
    void aUidOfAnyProgramGivesBackItsProgramWeekAndSlot() {
        assertEquals(Optional.of(new Uids.Parsed("fp-2", new Uids.Key(2, 0))), Uids.parse("fp-2-w02-s1@footplan"));
        assertEquals(Optional.empty(), Uids.parse("fp 2-w02-s1@footplan"), "not a program id footplan makes");
        assertEquals(Optional.empty(), Uids.parse("dentist@example"));
    }

    @Test
    void uidsOfOtherProgramsOrOtherShapesAreNotSessions() {
        assertEquals(Optional.empty(), Uids.parse("fp-1", "fp-2-w02-s1@footplan"));
        assertEquals(Optional.empty(), Uids.parse("fp-1", "fp-1-w2-s1@footplan"));
        assertEquals(Optional.empty(), Uids.parse("fp-1", "fp-1-w02-s0@footplan"));
        assertEquals(Optional.empty(), Uids.parse("fp-1", "fp-1-w02-s1@example.com"));
    }
}
