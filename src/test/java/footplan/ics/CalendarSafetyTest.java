package footplan.ics;

import footplan.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Nothing is lost: a previous calendar that cannot be used, or a write that fails, leaves the old file as it was. */
class CalendarSafetyTest {

    @TempDir
    Path dir;

    private Path written(int weeks) {
        var file = dir.resolve("calendars/alex.ics");
        CalendarWriter.write(request(file, routine(weeks), sessions(weeks)));
        return file;
    }

    private static CalendarRequest update(Path file) {
        return new CalendarRequest(file, "Foot routine – Alex", routine(3), sessions(3), 10, false, "fp-new",
                SECOND_STAMP);
    }

    private static CalendarRequest fresh(Path file) {
        return new CalendarRequest(file, "Foot routine – Alex", routine(3), sessions(3), 10, true, "fp-new",
                SECOND_STAMP);
    }

    @Test
    void aDamagedPreviousCalendarIsNeverDiscardedSilently() throws IOException {
        var file = dir.resolve("alex.ics");
        var damaged = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(update(file)));

        assertTrue(error.getMessage().startsWith(file + ": the previous calendar cannot be read"), error.getMessage());
        assertTrue(error.getMessage().contains("--fresh"), error.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file));
        assertEquals(List.of("alex.ics"), names(dir));
    }

    @Test
    void aCalendarFootplanDidNotWriteIsNotTakenOver() throws IOException {
        var file = dir.resolve("holidays.ics");
        var other = ("BEGIN:VCALENDAR\r\nPRODID:-//other//EN\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@other\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART:20260102T100000Z\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, other);

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(update(file)));

        assertEquals(file + ": not a calendar footplan wrote (it has no X-FOOTPLAN-PROGRAM); choose another --calendar"
                + " file, or run with --fresh to replace it (the old file is kept as holidays.ics.bak)",
                error.getMessage());
        assertArrayEquals(other, Files.readAllBytes(file));
    }

    @Test
    void anEventOfAnotherProgramIsReportedAsDamage() throws IOException {
        var file = written(1);
        var text = Ics.text(file).replace("UID:fp-alex-1-w01-s2@footplan", "UID:added-by-hand@example");
        Files.writeString(file, text);

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(update(file)));

        assertTrue(error.getMessage().contains("event added-by-hand@example is not a session of program fp-alex-1"),
                error.getMessage());
        assertEquals(text, Ics.text(file));
    }

    @Test
    void freshReplacesADamagedCalendarAndKeepsItAsBackup() throws IOException {
        var file = dir.resolve("alex.ics");
        var damaged = "not a calendar at all".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);

        var result = CalendarWriter.write(fresh(file));

        assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("alex.ics.bak")));
        assertEquals(dir.resolve("alex.ics.bak"), result.backup());
        assertEquals(6, Ics.events(Ics.parse(file)).size());
    }

    @Test
    void aFolderAtTheCalendarPathIsRefused() throws IOException {
        var file = dir.resolve("alex.ics");
        Files.createDirectories(file);

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(fresh(file)));

        assertEquals(file + ": is a folder, not a calendar file; choose another --calendar file", error.getMessage());
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void aFailedBackupLeavesThePreviousCalendarAndNoTemporaryFile() throws IOException {
        var file = written(2);
        var before = Files.readAllBytes(file);
        var blocker = file.resolveSibling("alex.ics.bak");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep.txt"), "a folder where the backup would go");

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(update(file)));

        assertTrue(error.getMessage().startsWith(file + ": cannot keep the previous version as " + blocker + " ("),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("; the previous calendar is unchanged"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("alex.ics", "alex.ics.bak"), names(file.getParent()));
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAndNothingIsWritten() throws IOException {
        var notAFolder = dir.resolve("calendars");
        Files.writeString(notAFolder, "a plain file");
        var file = notAFolder.resolve("alex.ics");

        var error = assertThrows(UserInputException.class, () -> CalendarWriter.write(update(file)));

        assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
        assertEquals("a plain file", Files.readString(notAFolder));
        assertEquals(List.of("calendars"), names(dir));
    }

    @Test
    void missingFoldersAreCreated() {
        var file = dir.resolve("a/b/c/alex.ics");

        CalendarWriter.write(update(file));

        assertEquals(6, Ics.events(Ics.parse(file)).size());
    }

    @Test
    void aSuccessfulWriteLeavesOnlyTheCalendarAndItsBackup() throws IOException {
        var file = written(2);

        CalendarWriter.write(update(file));

        assertEquals(List.of("alex.ics", "alex.ics.bak"), names(file.getParent()));
    }

    /**
     * The files of a folder, less the hidden files kept beside a calendar: the lock runs take turns with (see
     * CalendarLockTest) and the SEQUENCE record.
     */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".lock") && !name.endsWith(".sequences")).sorted().toList();
        }
    }
}
