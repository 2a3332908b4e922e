package footplan.ics;

import footplan.files.AtomicFile;
import footplan.UserInputException;

import java.nio.file.Path;

/** The one-line messages this package gives the person when a calendar file cannot be used. */
final class Problems {

    private Problems() {
    }

    static UserInputException damaged(Path file, String detail, Throwable cause) {
        return new UserInputException(file + ": the previous calendar cannot be read (" + detail + "); fix it, or run"
                + " with --fresh to start a new program (the old file is kept as " + AtomicFile.backupOf(file).getFileName()
                + ")", cause);
    }

    static UserInputException damaged(Path file, String detail) {
        return damaged(file, detail, null);
    }

    static UserInputException notFootplan(Path file) {
        return new UserInputException(file + ": not a calendar footplan wrote (it has no X-FOOTPLAN-PROGRAM); choose"
                + " another --calendar file, or run with --fresh to replace it (the old file is kept as "
                + AtomicFile.backupOf(file).getFileName() + ")");
    }

    static UserInputException folder(Path file) {
        return new UserInputException(file + ": is a folder, not a calendar file; choose another --calendar file");
    }
}
