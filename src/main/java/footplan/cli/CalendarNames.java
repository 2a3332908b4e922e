package footplan.cli;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** The default calendar file and title for a person's name. */
final class CalendarNames {

    private CalendarNames() {
    }

    /** {@code calendars/<name>.ics}, or {@code calendars/footplan.ics} when the name gives no usable file name. */
    static Path defaultFile(String name) {
        return Path.of("calendars", fileStem(name) + ".ics");
    }

    /** Lowercase letters and digits of any script, words joined by dashes; "Zoë Smith" gives "zoë-smith". */
    static String fileStem(String name) {
        String stem = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (stem.length() > 60) {
            stem = stem.substring(0, 60).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? "footplan" : stem;
    }

    static String title(String name) {
        return name.isBlank() ? "Foot routine" : "Foot routine · " + name;
    }
}
