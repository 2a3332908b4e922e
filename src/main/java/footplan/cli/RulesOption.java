package footplan.cli;

import footplan.rules.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which rules to use: the folder asked for, else {@code rules/} when it exists, else the copy in the jar. */
final class RulesOption {

    static final Path DEFAULT_FOLDER = Path.of("rules");

    private RulesOption() {
    }

    static RuleBook load(Path requested) {
        if (requested != null) {
            return RuleBook.fromFolder(requested);
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? RuleBook.fromFolder(DEFAULT_FOLDER) : RuleBook.bundled();
    }
}
