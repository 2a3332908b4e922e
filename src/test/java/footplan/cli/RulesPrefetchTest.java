package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.RuleBook;
import footplan.rules.RuleCache;
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
    void aPrefetchIsTakenOnceAndOnlyForTheSameFolderAndCache() {
        RulesPrefetch.start(List.of("plan", "--rules", "rules"), RuleCache.none());

        assertThat(RulesPrefetch.take(Path.of("other"), RuleCache.none())).isNull();
        assertThat(RulesPrefetch.take(Path.of("rules"), RuleCache.in(Path.of("/tmp/elsewhere")))).isNull();
        Supplier<RuleBook> rules = RulesPrefetch.take(Path.of("rules"), RuleCache.none());
        assertThat(rules).isNotNull();
        assertThat(rules.get().ruleNames()).isNotEmpty();
        assertThat(RulesPrefetch.take(Path.of("rules"), RuleCache.none())).isNull();
    }

    @Test
    void commandsThatDoNotPlanStartNothing() {
        RulesPrefetch.start(List.of("exercises", "--rules", "rules"), RuleCache.none());

        assertThat(RulesPrefetch.take(Path.of("rules"), RuleCache.none())).isNull();
    }
}
