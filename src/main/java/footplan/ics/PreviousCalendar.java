package footplan.ics;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A calendar file as it is before a plan replaces it, read and parsed ahead of {@link CalendarWriter#write}, so
 * that a caller can read it on a thread of its own while the rules run.
 */
public final class PreviousCalendar {

    private final Path file;
    private final boolean fresh;
    private final Optional<byte[]> bytes;
    private final Optional<ParsedCalendar> parsed;

    private PreviousCalendar(Path file, boolean fresh, Optional<byte[]> bytes, Optional<ParsedCalendar> parsed) {
        this.file = file;
        this.fresh = fresh;
        this.bytes = bytes;
        this.parsed = parsed;
    }

    /**
     * Reads the calendar at {@code file}, if there is one; with {@code fresh} it is kept only as the backup-to-be,
     * not parsed, as a new program replaces it.
     *
     * @throws footplan.UserInputException when the file cannot be read, or is not a calendar footplan wrote
     */
    public static PreviousCalendar read(Path file, boolean fresh) {
        var bytes = CalendarFiles.readPrevious(file);
        var parsed = fresh ? Optional.<ParsedCalendar>empty() : bytes.map(b -> ParsedCalendar.parse(file, b));
        return new PreviousCalendar(file, fresh, bytes, parsed);
    }

    /**
     * This calendar if the file still holds the bytes it was read from, else the file as it is now: another run
     * may have replaced it between the read-ahead and taking the lock.
     */
    PreviousCalendar current() {
        var now = CalendarFiles.readPrevious(file);
        boolean same = now.isPresent() == bytes.isPresent()
                && (now.isEmpty() || java.util.Arrays.equals(now.get(), bytes.get()));
        return same ? this : read(file, fresh);
    }

    Path file() {
        return file;
    }

    boolean fresh() {
        return fresh;
    }

    Optional<byte[]> bytes() {
        return bytes;
    }

    Optional<ParsedCalendar> parsed() {
        return parsed;
    }
}
