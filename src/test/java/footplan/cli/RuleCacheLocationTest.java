package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.RuleCache;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where compiled rules are kept: the launcher looks in the same place for its class-data archive. */
class RuleCacheLocationTest {

    @Test
    void footplanCacheWins() {
        assertThat(Environment.ruleCache(Map.of("FOOTPLAN_CACHE", "/tmp/fc", "XDG_CACHE_HOME", "/x"), "/home/a"))
                .isEqualTo(RuleCache.in(Path.of("/tmp/fc")));
    }

    @Test
    void offMeansNoCache() {
        assertThat(Environment.ruleCache(Map.of("FOOTPLAN_CACHE", "off"), "/home/a")).isEqualTo(RuleCache.none());
    }

    @Test
    void thenTheXdgCacheFolder() {
        assertThat(Environment.ruleCache(Map.of("XDG_CACHE_HOME", "/var/cache/a"), "/home/a"))
                .isEqualTo(RuleCache.in(Path.of("/var/cache/a/footplan")));
    }

    @Test
    void aRelativeXdgCacheFolderIsIgnoredAsTheSpecificationSays() {
        assertThat(Environment.ruleCache(Map.of("XDG_CACHE_HOME", "cache"), "/home/a"))
                .isEqualTo(RuleCache.in(Path.of("/home/a/.cache/footplan")));
    }

    @Test
    void elseTheHomeCacheFolder() {
        assertThat(Environment.ruleCache(Map.of(), "/home/a")).isEqualTo(RuleCache.in(Path.of("/home/a/.cache/footplan")));
        assertThat(Environment.ruleCache(Map.of(), "")).isEqualTo(RuleCache.none());
    }

    @Test
    void testsAndOtherInProcessRunsCompileEveryTimeUnlessGivenACache() {
        assertThat(Cli.environment("p", "").ruleCache()).isEqualTo(RuleCache.none());
    }
}
