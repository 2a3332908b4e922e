package footplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A date, or a date and time, on the person's clock: what counts as now when a run is previewed or scripted.
 *
 * @param time empty for the start of the day
 */
public record Moment(LocalDate date, Optional<LocalTime> time) {

    public Moment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    /**
     * The instant in {@code zone}: a time the clocks skip is the same time after the jump, a time that
     * happens twice the first one, as sessions are placed; a day that starts after midnight starts then.
     */
    public Instant in(ZoneId zone) {
        ZonedDateTime local = time.map(t -> ZonedDateTime.of(date, t, zone))
                .orElseGet(() -> date.atStartOfDay(zone));
        return local.toInstant();
    }
}
