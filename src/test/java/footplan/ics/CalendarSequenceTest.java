package footplan.ics;

import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.util.List;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A UID's SEQUENCE never goes down, even when someone puts the backup back in place: calendar apps ignore a
 * version whose SEQUENCE is not above the one they have.
 */
class CalendarSequenceTest {

    @TempDir
    Path dir;

    private Path file;
    private CalendarRequest first;

    /** Run 1 at 07:30 (SEQUENCE 0), run 2 at 18:15 (SEQUENCE 1), then the run 1 file is put back. */
    private void twoRunsThenRestoreTheBackup(boolean move) throws IOException {
        file = dir.resolve("calendars/alex.ics");
        first = request(file, routine(2), sessions(2));
        CalendarWriter.write(first);
        CalendarWriter.write(rerun(first, first.routine(), evening()));
        var backup = file.resolveSibling("alex.ics.bak");
        if (move) {
            Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Ics.sessions(file).stream().allMatch(s -> s.sequence() == 0), "the restored file is run 1's");
    }

    private List<footplan.schedule.Session> evening() {
        return first.sessions().stream().map(s -> new footplan.schedule.Session(s.week(), s.slot(),
                s.start().with(LocalTime.of(18, 15)))).toList();
    }

    private static List<Integer> sequences(Path file) {
        return Ics.sessions(file).stream().map(SessionEvent::sequence).toList();
    }

    @Test
    void rerunningTheFirstAnswersOnARestoredBackupRaisesEverySequencePastTheLastOneWritten() throws IOException {
        twoRunsThenRestoreTheBackup(false);

        var result = CalendarWriter.write(rerun(first, first.routine(), first.sessions()));

        assertEquals(List.of(2, 2, 2, 2), sequences(file), "was 1 in the apps, 0 in the restored file");
        assertEquals("20261201T073000",
                Ics.value(Ics.event(Ics.parse(file), "fp-alex-1-w01-s1@footplan"), Property.DTSTART));
        assertEquals(4, result.changes().changed().size());
        assertTrue(result.changes().changed().get(0).endsWith("written again with a higher SEQUENCE (the file is"
                + " older than the last one footplan wrote)"), result.changes().changed().get(0));
    }

    @Test
    void rerunningTheSecondAnswersOnAMovedBackBackupAlsoGoesAboveIt() throws IOException {
        twoRunsThenRestoreTheBackup(true);

        CalendarWriter.write(rerun(first, first.routine(), evening()));

        assertEquals(List.of(2, 2, 2, 2), sequences(file));
    }

    @Test
    void aReferralOnARestoredBackupCancelsAboveTheLastSequenceWritten() throws IOException {
        twoRunsThenRestoreTheBackup(false);

        CalendarWriter.cancelAhead(file, FIRST_STAMP, SECOND_STAMP, true);

        assertEquals(List.of(2, 2, 2, 2), sequences(file));
    }

    @Test
    void theRecordIsAHiddenFileBesideTheCalendarAndAMissingOneIsNoError() throws IOException {
        file = dir.resolve("calendars/alex.ics");
        first = request(file, routine(1), sessions(1));
        CalendarWriter.write(first);
        assertEquals(List.of("# footplan: the highest SEQUENCE written for each event of alex.ics",
                "fp-alex-1-w01-s1@footplan 0", "fp-alex-1-w01-s2@footplan 0"),
                Files.readAllLines(SequenceRecord.of(file)));
        Files.delete(SequenceRecord.of(file));
        Files.writeString(file.resolveSibling(".alex.ics.sequences"), "garbage\nfp-alex-1-w01-s1@footplan x\n");

        CalendarWriter.write(rerun(first, first.routine(), evening().subList(0, 2)));

        assertEquals(List.of(1, 1), sequences(file));
    }
}
