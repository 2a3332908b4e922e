package footplan.web;

import footplan.answers.CheckInsFile;
import footplan.plan.CalendarNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder the server works in, holding the same files as the command line: {@code <stem>.yaml} answers,
 * {@code <stem>.checkins.yaml} check-ins and {@code calendars/<stem>.ics}. A name from a URL or a form only ever
 * names a file directly in it, never a path: this is what keeps requests out of the rest of the disk.
 */
final class Folder {

    /** What a person's file stem may be: letters, digits, dash and underscore, as footplan names its files. */
    private static final Pattern STEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Path dir;

    Folder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Whether a name from a request can be a file stem of this folder. */
    static boolean isStem(String name) {
        return name != null && STEM.matcher(name).matches();
    }

    /** The answers file of a stem; empty for a name that cannot be one. */
    Optional<Path> answers(String stem) {
        return isStem(stem) ? Optional.of(dir.resolve(stem + ".yaml")) : Optional.empty();
    }

    /** A calendar file by its name in {@code calendars/}, e.g. {@code alex.ics}; empty unless one footplan made. */
    Optional<Path> calendarNamed(String fileName) {
        if (fileName == null || !fileName.endsWith(".ics")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - ".ics".length());
        if (!isStem(stem)) {
            return Optional.empty();
        }
        Path file = dir.resolve(CalendarNames.FOLDER).resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The stems of the answers files here, sorted: each is one person's program. */
    List<String> people() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !CheckInsFile.isCheckInsFile(f))
                    .map(CalendarNames::stem)
                    .filter(Folder::isStem)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
