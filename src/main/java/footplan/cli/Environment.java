package footplan.cli;

import java.io.InputStreamReader;
import footplan.rules.RuleCache;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the commands take from the world outside: the clock, the system time zone and fresh ids.
 * Only {@link Main} uses the real ones; tests pass fixed ones so every run is repeatable.
 *
 * @param clock        stamps calendar changes (DTSTAMP) and gives the questionnaire today's date
 * @param newProgramId names a new program's calendar events
 * @param interactive  whether standard input is a terminal a person types into
 * @param input        where the questionnaire reads answers from
 * @param ruleCache    where compiled rules are kept between runs
 */
public record Environment(Clock clock, Supplier<String> newProgramId, boolean interactive, Reader input,
                          RuleCache ruleCache) {

    /** An environment that compiles the rules every time. */
    public Environment(Clock clock, Supplier<String> newProgramId, boolean interactive, Reader input) {
        this(clock, newProgramId, interactive, input, RuleCache.none());
    }

    public static Environment system() {
        return new Environment(Clock.systemDefaultZone(), () -> UUID.randomUUID().toString(), System.console() != null,
                new InputStreamReader(System.in, StandardCharsets.UTF_8), ruleCache(System.getenv(),
                        System.getProperty("user.home")));
    }

    /**
     * {@code $FOOTPLAN_CACHE} (none when it is {@code off}), else {@code $XDG_CACHE_HOME/footplan}, else
     * {@code ~/.cache/footplan}. The launcher keeps its class-data archive in the same folder.
     */
    static RuleCache ruleCache(Map<String, String> variables, String home) {
        String own = variables.getOrDefault("FOOTPLAN_CACHE", "");
        if (own.equals("off")) {
            return RuleCache.none();
        }
        if (!own.isEmpty()) {
            return RuleCache.in(Path.of(own));
        }
        String xdg = variables.getOrDefault("XDG_CACHE_HOME", "");
        if (xdg.startsWith("/")) {
            return RuleCache.in(Path.of(xdg, "footplan"));
        }
        return home == null || home.isEmpty() ? RuleCache.none() : RuleCache.in(Path.of(home, ".cache", "footplan"));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
