package footplan.cli;

import footplan.rules.RuleBook;
import footplan.rules.RuleCache;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} option every command shares: the folder asked for, else {@code rules/} when it exists
 * in the current folder, else the copy built into the jar. Compiled rules are kept in the {@link RuleCache} the
 * command passes in (the environment's).
 */
final class RulesOption {

    static final Path DEFAULT_FOLDER = Path.of("rules");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rules (default: rules/ when it exists, else the built-in copy).")
    Path folder;

    RuleBook load(RuleCache cache) {
        if (folder != null) {
            return RuleBook.fromFolder(folder, cache);
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? RuleBook.fromFolder(DEFAULT_FOLDER, cache) : RuleBook.bundled(cache);
    }
}
