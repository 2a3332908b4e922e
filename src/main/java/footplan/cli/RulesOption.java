package footplan.cli;

import footplan.rules.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} option every command shares: the folder asked for, else {@code rules/} when it exists
 * in the current folder, else the copy built into the jar.
 */
final class RulesOption {

    static final Path DEFAULT_FOLDER = Path.of("rules");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rules (default: rules/ when it exists, else the built-in copy).")
    Path folder;

    RuleBook load() {
        if (folder != null) {
            return RuleBook.fromFolder(folder);
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? RuleBook.fromFolder(DEFAULT_FOLDER) : RuleBook.bundled();
    }
}
