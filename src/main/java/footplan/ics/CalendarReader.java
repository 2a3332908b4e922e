package footplan.ics;

import footplan.UserInputException;

import java.nio.file.Path;

/** Reads back a calendar file footplan wrote, e.g. to show the next sessions or what a rerun would update. */
public final class CalendarReader {

    private CalendarReader() {
    }

    /**
     * @throws UserInputException when the file is missing, a folder, damaged, or not a footplan calendar
     */
    public static FootplanCalendar read(Path file) {
        var bytes = CalendarFiles.readPrevious(file)
                .orElseThrow(() -> new UserInputException(file + ": no such calendar file"));
        var parsed = ParsedCalendar.parse(file, bytes);
        return new FootplanCalendar(parsed.programId(), parsed.title(),
                parsed.events().stream().map(ParsedCalendar.ParsedEvent::session).toList());
    }
}
