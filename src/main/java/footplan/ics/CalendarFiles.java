package footplan.ics;

import footplan.UserInputException;
import footplan.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The calendar file on disk: the previous one read, the new one put in its place through {@link AtomicFile}. */
final class CalendarFiles {

    private CalendarFiles() {
    }

    /** The previous calendar's bytes, or empty when there is none. */
    static Optional<byte[]> readPrevious(Path file) {
        if (Files.isDirectory(file)) {
            throw Problems.folder(file);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the previous calendar (" + reason(e) + ")", e);
        }
    }

    /**
     * Replaces the calendar with the given bytes, keeping the previous file as the backup first. Does nothing when
     * the file already holds exactly these bytes.
     *
     * @return the backup, or null when there was no previous calendar or nothing was written
     * @throws UserInputException when any step fails; the previous calendar is then unchanged
     */
    static Path replace(Path file, byte[] content, Optional<byte[]> previous) {
        if (previous.isPresent() && Arrays.equals(previous.get(), content)) {
            return null;
        }
        try {
            return AtomicFile.replace(file, content).orElse(null);
        } catch (AtomicFile.Failure e) {
            var outcome = previous.isPresent() ? "the previous calendar is unchanged" : "no calendar was written";
            throw new UserInputException(file + ": " + e.getMessage() + "; " + outcome, e);
        }
    }

    static String reason(IOException e) {
        return AtomicFile.reason(e);
    }
}
