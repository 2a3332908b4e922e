package footplan.plan;

import java.nio.file.Path;

/**
 * The default calendar file of an answers file, and the calendar's title.
 *
 * <p>A calendar holds one program, and a program belongs to an answers file, not to the name in it: the default
 * calendar is {@code calendars/<stem>.ics} in the folder of the answers file. So changing one's name keeps the
 * calendar (only its title changes), and a run from another folder finds the same one; {@code batch} names its
 * calendars the same way.
 */
public final class CalendarNames {

    /** The folder beside the answers file that holds its calendar. */
    public static final String FOLDER = "calendars";

    private CalendarNames() {
    }

    /**
     * {@code answers.yaml} gives {@code calendars/answers.ics}, {@code people/alex.yaml} gives
     * {@code people/calendars/alex.ics}: the answers file's name without its extension.
     */
    public static Path defaultFile(Path answers) {
        return answers.resolveSibling(FOLDER).resolve(stem(answers) + ".ics");
    }

    /** The file name without its last extension; a name with none, or only a leading dot, is kept whole. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static String title(String name) {
        return name.isBlank() ? "Foot routine" : "Foot routine · " + name;
    }
}
