package footplan.ics;

import footplan.files.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The highest SEQUENCE footplan has written for each UID of a calendar, kept in the hidden file
 * {@code .<name>.sequences} beside it, so that a UID's SEQUENCE never goes down.
 *
 * <p>A calendar app keeps the version of an event with the highest SEQUENCE it has seen, and ignores one with a
 * lower or equal number. The calendar file alone cannot tell what the apps have seen: when someone puts
 * {@code <name>.ics.bak} back in place (or an older copy), the file holds lower numbers than the last file
 * footplan wrote, and the record that would say so is gone with it. This record is not part of the calendar, so
 * restoring the calendar does not restore it. A rerun then writes every session ahead whose SEQUENCE in the file
 * is below the record again, with the recorded number + 1 ({@link Reconciler}).
 *
 * <p>The record is a lower bound and never needed: a missing or unreadable one counts as empty, and a run that
 * cannot write it still writes the calendar. It is written before the calendar, so that a run that stops between
 * the two leaves it too high (a later change gets a needlessly higher number) rather than too low.
 */
final class SequenceRecord {

    private static final String HEADING = "# footplan: the highest SEQUENCE written for each event of ";

    private SequenceRecord() {
    }

    /** The record of a calendar: {@code calendars/.alex.ics.sequences} for {@code calendars/alex.ics}. */
    static Path of(Path calendar) {
        return calendar.resolveSibling("." + calendar.getFileName() + ".sequences");
    }

    /** The recorded SEQUENCE of each UID; empty when there is no record or it cannot be read. */
    static Map<String, Integer> read(Path calendar) {
        var file = of(calendar);
        var record = new TreeMap<String, Integer>();
        if (!Files.isRegularFile(file)) {
            return record;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return record;
        }
        for (var line : lines) {
            var fields = line.strip().split(" ");
            if (fields.length == 2 && !line.startsWith("#")) {
                try {
                    int sequence = Integer.parseInt(fields[1]);
                    if (sequence >= 0) {
                        record.merge(fields[0], sequence, Math::max);
                    }
                } catch (NumberFormatException e) {
                    // A damaged line records nothing.
                }
            }
        }
        return record;
    }

    /**
     * Records the SEQUENCE of every written event, keeping higher numbers recorded before. Writes nothing when the
     * record already says as much; a record that cannot be written is left as it was (see the class comment).
     */
    static void update(Path calendar, Map<String, Integer> before, List<SessionEvent> written) {
        var after = new TreeMap<>(before);
        written.forEach(event -> after.merge(event.uid(), event.sequence(), Math::max));
        if (after.equals(before) && Files.isRegularFile(of(calendar))) {
            return;
        }
        var text = new StringBuilder(HEADING).append(calendar.getFileName()).append('\n');
        after.forEach((uid, sequence) -> text.append(uid).append(' ').append(sequence).append('\n'));
        try {
            AtomicFile.replaceWithoutBackup(of(calendar), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (AtomicFile.Failure e) {
            // Only a guard against restored backups; the calendar itself is still written.
        }
    }
}
