package footplan.ics;

import footplan.UserInputException;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * VTIMEZONE definitions from iCal4j's bundled tzurl.org data (no network: updates are off in ical4j.properties).
 */
final class Zones {

    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Zones() {
    }

    /**
     * The bundled definition of a zone id (aliases resolved), if iCal4j has one. The registry is asked under a
     * lock because it fills plain hash maps as it loads a zone, and a batch writes calendars on several threads.
     */
    static synchronized Optional<VTimeZone> definition(String zoneId) {
        var zone = REGISTRY.getTimeZone(zoneId);
        return zone == null ? Optional.empty() : Optional.of(zone.getVTimeZone());
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
