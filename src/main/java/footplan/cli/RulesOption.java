package footplan.cli;

import footplan.rules.RuleBook;
import footplan.rules.RuleCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --rules} option every command shares: the folder asked for, else {@code rules/} when it exists
 * in the current folder, else the copy built into the jar. Compiled rules are kept in the environment's
 * {@link RuleCache}.
 */
final class RulesOption {

    static final Path DEFAULT_FOLDER = Path.of("rules");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rules (default: rules/ when it exists, else the built-in copy).")
    Path folder;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    RuleBook load() {
        return load(cache());
    }

    private RuleBook load(RuleCache cache) {
        Supplier<RuleBook> prefetched = RulesPrefetch.take(folder, cache);
        return prefetched != null ? prefetched.get() : loadNow(cache);
    }

    private RuleBook loadNow(RuleCache cache) {
        if (folder != null) {
            return RuleBook.fromFolder(folder, cache);
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? RuleBook.fromFolder(DEFAULT_FOLDER, cache) : RuleBook.bundled(cache);
    }

    /**
     * Starts loading the rules on a thread of their own, so the command can read the answers meanwhile; the
     * supplier waits for them and throws what {@link #load} would have thrown.
     */
    Supplier<RuleBook> loadInBackground() {
        return loadInBackground(cache());
    }

    Supplier<RuleBook> loadInBackground(RuleCache cache) {
        Supplier<RuleBook> prefetched = RulesPrefetch.take(folder, cache);
        if (prefetched != null) {
            return prefetched;
        }
        return Background.start("footplan-rules", () -> loadNow(cache));
    }

    /** The environment's cache, found through the command this option is part of (maybe via {@link PlanOptions}). */
    private RuleCache cache() {
        CommandSpec spec = mixee;
        while (spec != null) {
            Object command = spec.root().userObject();
            if (command instanceof Footplan footplan) {
                return footplan.env.ruleCache();
            }
            spec = command instanceof PlanOptions options ? options.mixee : null;
        }
        return RuleCache.none();
    }
}
