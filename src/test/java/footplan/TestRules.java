package footplan;

import footplan.rules.RuleBook;
import java.nio.file.Path;

/**
 * The project's real rules compiled from their DRL, once per test run (compiling takes about a second), for every
 * package's tests; always the DRL, never the built-in model, so that the model is checked against them.
 */
public final class TestRules {

    public static final RuleBook BOOK = RuleBook.compiledFromDrl(Path.of("rules"));

    private TestRules() {
    }
}
