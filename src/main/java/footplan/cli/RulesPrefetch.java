package footplan.cli;

import footplan.rules.RuleBook;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Starts loading the rules the moment the process starts, before the command line is even parsed, so that the
 * other core loads the rules while this one sets up the command line and reads the answers. It guesses
 * the {@code --rules} folder from the raw arguments; {@link RulesOption} takes the rules only when the command
 * asks for exactly the folder that was guessed, and otherwise loads them itself, so a wrong guess costs
 * some work on the other core and nothing else. Only {@link Main} starts it; commands run in-process (tests) never
 * see a prefetch.
 */
final class RulesPrefetch {

    /** The commands that plan, and so need the rules before anything else they do. */
    private static final Set<String> PLANNING = Set.of("plan", "batch");

    private static volatile Started started;

    /** What was started: for which folder (null: the default choice), and its result. */
    private record Started(Path folder, Supplier<RuleBook> rules) {
    }

    private RulesPrefetch() {
    }

    static void start(List<String> args) {
        if (args.isEmpty() || !PLANNING.contains(args.get(0))) {
            return;
        }
        Path folder;
        try {
            folder = rulesFolder(args);
        } catch (InvalidPathException e) {
            return; // the command line will say what is wrong with it
        }
        RulesOption option = new RulesOption();
        option.folder = folder;
        started = new Started(folder, option.loadInBackground());
    }

    /** The rules started for exactly this folder, taken so that only one command uses them. */
    static Supplier<RuleBook> take(Path folder) {
        Started prefetch = started;
        if (prefetch == null || !Objects.equals(prefetch.folder(), folder)) {
            return null;
        }
        started = null;
        return prefetch.rules();
    }

    /** The value of {@code --rules DIR} or {@code --rules=DIR}, or null when there is none. */
    static Path rulesFolder(List<String> args) {
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return null;
            }
            if (arg.equals("--rules") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--rules=")) {
                return Path.of(arg.substring("--rules=".length()));
            }
        }
        return null;
    }
}
