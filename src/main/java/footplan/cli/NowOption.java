package footplan.cli;

import footplan.plan.Moment;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --now} option of the commands that plan: what counts as now, instead of the clock, to preview a rerun
 * or to script one. Sessions that start before now are history, which a run keeps as it is.
 */
final class NowOption {

    static final String FORMAT = "YYYY-MM-DD or YYYY-MM-DDTHH:MM";

    @Option(names = "--now", paramLabel = "DATE[THH:MM]", converter = Converter.class,
            description = "What counts as now (default: the clock): a date, meaning the start of that day, or a"
                    + " date and time, e.g. 2027-01-20T18:00, in the time zone of your answers. Sessions before"
                    + " it stay as they are.")
    Moment moment;

    /** The moment asked for, if any. */
    Optional<Moment> moment() {
        return Optional.ofNullable(moment);
    }

    /** Now for a person in {@code zone}: the moment asked for on their clock, else the clock's. */
    Instant instant(ZoneId zone, Clock clock) {
        return moment == null ? clock.instant() : moment.in(zone);
    }

    /** The date asked for, if any. */
    Optional<LocalDate> date() {
        return moment == null ? Optional.empty() : Optional.of(moment.date());
    }

    /** Reads {@value #FORMAT}; anything else is a bad option, exit code 2. */
    static final class Converter implements ITypeConverter<Moment> {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm",
                Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

        @Override
        public Moment convert(String value) {
            try {
                if (value.contains("T")) {
                    LocalDateTime dateTime = LocalDateTime.parse(value, DATE_TIME);
                    return new Moment(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()));
                }
                return new Moment(LocalDate.parse(value, DATE), Optional.empty());
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date or a date and time: give "
                        + FORMAT + ", e.g. 2027-01-20 or 2027-01-20T18:00");
            }
        }
    }
}
