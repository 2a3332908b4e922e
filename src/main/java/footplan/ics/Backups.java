package footplan.ics;

import java.nio.file.Path;

/** Where the previous calendar is kept: next to it, with {@code .bak} appended ({@code alex.ics.bak}). */
final class Backups {

    private Backups() {
    }

    static Path of(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
