package footplan.ics;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;

/**
 * An iCal4j time zone registry that leaves every TZID to java.time, for reading and writing DTSTART and DTEND.
 *
 * <p>iCal4j's own registry turns a local time into an instant (and back) with zone rules it builds from its
 * VTIMEZONE data, and those rules are wrong in places: it starts US daylight saving time a week early in years
 * whose March begins on a Monday (a 07:30 session on Tue 9 Mar 2027 in New York was written as 08:30), and it
 * puts Honolulu half an hour off. Given this registry, iCal4j uses {@link ZoneId#of} for every TZID, so the
 * local times in the file are exactly the ones the schedule planned. The VTIMEZONE definitions written into
 * the file still come from iCal4j's bundled data ({@link Zones}).
 */
final class JavaTimeZones implements TimeZoneRegistry {

    static final JavaTimeZones REGISTRY = new JavaTimeZones();

    private static final Map<String, ZoneRules> NOT_EMPTY = Map.of("UTC", ZoneOffset.UTC.getRules());

    private JavaTimeZones() {
    }

    /** The file's VTIMEZONEs are kept as components of the calendar; they do not change how TZIDs are read. */
    @Override
    public void register(TimeZone timezone) {
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
    }

    @Override
    public void clear() {
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return null;
    }

    /**
     * Not used for reading TZIDs; iCal4j only asks whether it is empty, and when it is, it falls back to zones of
     * its own again ({@link TimeZoneRegistry#getGlobalZoneId}), so it must not be.
     */
    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return NOT_EMPTY;
    }

    /** The java.time zone of a TZID; iCal4j reads and writes every local time with it. */
    @Override
    public ZoneId getZoneId(String tzId) {
        return ZoneId.of(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        return zoneId;
    }
}
