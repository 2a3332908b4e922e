package footplan.cli;

import footplan.rules.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
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

    /** Loads the rules now, or takes the ones {@link RulesPrefetch} started loading when the program began. */
    RuleBook load() {
        Supplier<RuleBook> prefetched = RulesPrefetch.take(folder);
        return prefetched != null ? prefetched.get() : loadNow();
    }

    private RuleBook loadNow() {
        if (folder != null) {
            return RuleBook.fromFolder(folder);
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? RuleBook.fromFolder(DEFAULT_FOLDER) : RuleBook.bundled();
    }

    /**
     * Starts loading the rules on a thread of their own, so the command can read the answers meanwhile; the
     * supplier waits for them and throws what {@link #load} would have thrown.
     */
    Supplier<RuleBook> loadInBackground() {
        Supplier<RuleBook> prefetched = RulesPrefetch.take(folder);
        if (prefetched != null) {
            return prefetched;
        }
        return Background.start("footplan-rules", () -> {
            RuleBook book = loadNow();
            Trace.mark("rules loaded");
            return book;
        });
    }
}
