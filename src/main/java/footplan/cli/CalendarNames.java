package footplan.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** The default calendar file and title for a person's name. */
final class CalendarNames {

    private CalendarNames() {
    }

    /** {@code calendars/<name>.ics}, or {@code calendars/footplan.ics} when the name gives no usable file name. */
    static Path defaultFile(String name) {
        try {
            return Path.of("calendars", fileStem(name) + ".ics");
        } catch (InvalidPathException e) {
            // Under a locale whose file names cannot hold these letters (LANG=C), "Zoë" becomes "zoe".
            return Path.of("calendars", asciiStem(name) + ".ics");
        }
    }

    /** The stem in plain ASCII letters and digits: accents dropped, other scripts left out. */
    static String asciiStem(String name) {
        String stem = fileStem(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""))
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "footplan" : stem;
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
