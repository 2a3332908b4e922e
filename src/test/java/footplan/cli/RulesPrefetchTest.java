package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.RuleBook;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules started before the command line is parsed are used only for the command that asked for them. */
class RulesPrefetchTest {

    @Test
    void theRulesFolderIsReadFromEitherSpelling() {
        assertThat(RulesPrefetch.rulesFolder(List.of("plan", "--answers", "a.yaml", "--rules", "mine")))
                .isEqualTo(Path.of("mine"));
        assertThat(RulesPrefetch.rulesFolder(List.of("plan", "--rules=mine"))).isEqualTo(Path.of("mine"));
        assertThat(RulesPrefetch.rulesFolder(List.of("plan", "--answers", "a.yaml"))).isNull();
        assertThat(RulesPrefetch.rulesFolder(List.of("batch", "--", "--rules", "x"))).isNull();
    }

    @Test
    void aPrefetchIsTakenOnceAndOnlyForTheSameFolder() {
        RulesPrefetch.start(List.of("plan", "--rules", "rules"));

        assertThat(RulesPrefetch.take(Path.of("other"))).isNull();
        Supplier<RuleBook> rules = RulesPrefetch.take(Path.of("rules"));
        assertThat(rules).isNotNull();
        assertThat(rules.get().ruleNames()).isNotEmpty();
        assertThat(RulesPrefetch.take(Path.of("rules"))).isNull();
    }

    @Test
    void commandsThatDoNotPlanStartNothing() {
        RulesPrefetch.start(List.of("exercises", "--rules", "rules"));

        assertThat(RulesPrefetch.take(Path.of("rules"))).isNull();
    }
}
