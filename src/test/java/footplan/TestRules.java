package footplan;

import footplan.rules.RuleBook;
import java.nio.file.Path;

/** The project's real rules, compiled once per test run (compiling takes about a second) for every package's tests. */
public final class TestRules {

    public static final RuleBook BOOK = RuleBook.fromFolder(Path.of("rules"));

    private TestRules() {
    }
}
