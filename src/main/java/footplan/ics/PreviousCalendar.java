package footplan.ics;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A calendar file as it was before a plan replaces it, read and parsed ahead of
 * {@link CalendarWriter#write(CalendarRequest, PreviousCalendar)}, so that a caller can parse it on a thread of its
 * own while the rules run. It is only a head start: the writer reads the file again under its lock and uses this
 * parse only if the bytes are still the same, and it reports any problem with the file itself.
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
     * Reads and parses the calendar at {@code file}, if there is one and it can be used; nothing when
     * {@code fresh}, as a new program does not read it. Never throws: a missing, unreadable or damaged file is
     * left for the writer to report.
     */
    public static PreviousCalendar read(Path file, boolean fresh) {
        if (fresh) {
            return new PreviousCalendar(file, true, Optional.empty(), Optional.empty());
        }
        try {
            var bytes = CalendarFiles.readPrevious(file);
            return new PreviousCalendar(file, false, bytes, bytes.map(b -> ParsedCalendar.parse(file, b)));
        } catch (RuntimeException e) {
            return new PreviousCalendar(file, false, Optional.empty(), Optional.empty());
        }
    }

    Path file() {
        return file;
    }

    boolean fresh() {
        return fresh;
    }

    /** The parse of these bytes, if this read-ahead saw exactly them. */
    Optional<ParsedCalendar> parsedIfStill(byte[] current) {
        return bytes.filter(seen -> Arrays.equals(seen, current)).flatMap(seen -> parsed);
    }
}
