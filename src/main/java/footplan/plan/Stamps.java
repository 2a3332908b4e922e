package footplan.plan;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a plan takes from the world outside: the clock, which stamps calendar changes and is now unless a run
 * says otherwise, and fresh ids for a new program's events. Tests pass fixed ones so every plan is repeatable.
 */
public record Stamps(Clock clock, Supplier<String> newProgramId) {

    public Stamps {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(newProgramId, "newProgramId");
    }
}
