package footplan.ics;

import footplan.UserInputException;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VTIMEZONE definitions from iCal4j's bundled tzurl.org data (no network: updates are off in ical4j.properties).
 */
final class Zones {

    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The definition of each zone id asked for so far, or empty when iCal4j has none. */
    private static final Map<String, Optional<VTimeZone>> DEFINITIONS = new ConcurrentHashMap<>();

    /**
     * What iCal4j made of each bundled VTIMEZONE written so far, by TZID: the same few zones, thousands of times a
     * batch.
     */
    private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();

    /** A VTIMEZONE's text and validation as iCal4j makes them. */
    private record Written(String text, ValidationResult validation) {
    }

    private Zones() {
    }

    /**
     * The bundled definition of a zone id (aliases resolved), if iCal4j has one. The registry is asked under a
     * lock, once per zone id, because it fills plain hash maps as it loads a zone, and a batch writes calendars on
     * several threads.
     */
    static Optional<VTimeZone> definition(String zoneId) {
        // Looked up for every session of every calendar: answered from a concurrent map, without the lock.
        var known = DEFINITIONS.get(zoneId);
        return known != null ? known : lookUp(zoneId);
    }

    private static synchronized Optional<VTimeZone> lookUp(String zoneId) {
        var known = DEFINITIONS.get(zoneId); // another thread may have looked it up while this one waited
        if (known != null) {
            return known;
        }
        var zone = REGISTRY.getTimeZone(zoneId);
        var definition = zone == null ? Optional.<VTimeZone>empty() : Optional.of(zone.getVTimeZone());
        DEFINITIONS.put(zoneId, definition);
        return definition;
    }

    /**
     * The text of a VTIMEZONE as iCal4j writes it ({@code toString}), made once per run for the registry's own
     * definitions, which nothing changes; any other definition (one read from a previous calendar) every time.
     */
    static String text(VTimeZone zone) {
        return written(zone).map(Written::text).orElseGet(zone::toString);
    }

    /** {@code zone.validate()}, made once per run like {@link #text}. */
    static ValidationResult validation(VTimeZone zone) {
        return written(zone).map(Written::validation).orElseGet(zone::validate);
    }

    /** What iCal4j made of a zone, when it is the registry's own definition of its TZID, which nothing changes. */
    private static Optional<Written> written(VTimeZone zone) {
        var tzid = tzid(zone);
        if (definition(tzid).orElse(null) != zone) {
            return Optional.empty();
        }
        return Optional.of(WRITTEN.computeIfAbsent(tzid, id -> new Written(zone.toString(), zone.validate())));
    }

    static String tzid(VTimeZone definition) {
        return definition.getTimeZoneId().getValue();
    }

    /**
     * The same instant in the zone whose id iCal4j's VTIMEZONE carries (e.g. {@code UTC} becomes {@code Etc/UTC}),
     * so that every TZID parameter names a VTIMEZONE of the file.
     */
    static ZonedDateTime canonical(ZonedDateTime time, Path file) {
        var id = time.getZone().getId();
        var definition = definition(id).orElseThrow(() -> new UserInputException(file + ": time zone " + id
                + " is not known to the calendar library; choose a nearby zone with the same clock"));
        try {
            return time.withZoneSameInstant(ZoneId.of(tzid(definition)));
        } catch (DateTimeException e) {
            return time;
        }
    }
}
