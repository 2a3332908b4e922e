package footplan.cli;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 */
public record Environment(Clock clock, Supplier<String> newProgramId, boolean interactive, Reader input) {

    public static Environment system() {
        return new Environment(Clock.systemDefaultZone(), () -> UUID.randomUUID().toString(), System.console() != null,
                new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** The clock and ids a plan stamps its calendar with. */
    public footplan.plan.Stamps stamps() {
        return new footplan.plan.Stamps(clock, newProgramId);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
