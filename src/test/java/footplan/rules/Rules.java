package footplan.rules;

import footplan.answers.Answers;
import footplan.rules.facts.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The project's real rules, compiled once per test run, and ways to fire one rule at a time. */
final class Rules {

    static final RuleBook BOOK = footplan.TestRules.BOOK;

    private Rules() {
    }

    /** Fires only the named rule over the given facts. */
    static RuleRun only(String rule, Object... facts) {
        if (!BOOK.ruleNames().contains(rule)) {
            throw new AssertionError("no rule named \"" + rule + "\"");
        }
        return BOOK.run(Arrays.asList(facts), rule::equals);
    }

    /** The parts of the answers that rules match on. */
    static List<Object> answerFacts(Answers answers) {
        return new ArrayList<>(List.of(answers, answers.pain(), answers.safety(), answers.footwear(),
                answers.abilities()));
    }

    /** A copy of the project's rules folder at {@code folder}, for tests that change or cache it. */
    static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    static Exercise exercise(String id) {
        return BOOK.catalogue().find(id).orElseThrow();
    }

    /** The answer facts plus extra facts, as one array for {@link #only}. */
    static Object[] with(Answers answers, Object... more) {
        List<Object> facts = answerFacts(answers);
        facts.addAll(Arrays.asList(more));
        return facts.toArray();
    }
}
