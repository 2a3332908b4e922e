package footplan.ics;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zone registry of the dates we write and read: the same zones iCal4j finds without a registry, remembered.
 *
 * <p>Without a registry, iCal4j resolves the TZID of a date property every time the property is written or
 * validated, through {@link TimeZoneRegistry#getGlobalZoneId}, which copies the JDK's list of six hundred zone ids
 * on every call: a fifth of the time of writing a calendar. This registry answers with that very method's result,
 * computed once per TZID, so what is written does not change.
 *
 * <p>Reading a previous calendar, iCal4j registers each of its VTIMEZONEs, turning their rules into java.time
 * rules (a third of the time of a rerun). footplan never uses those rules: it reads a session's local time and
 * places it in the java.time zone of its TZID (see {@link ParsedCalendar}), and keeps the file's VTIMEZONEs as
 * they are. So this registry registers nothing. Zone definitions are left to iCal4j's bundled registry.
 */
final class GlobalZones implements TimeZoneRegistry {

    static final GlobalZones INSTANCE = new GlobalZones();

    /** Non-empty, so that a property asks {@link #getZoneId} instead of the global lookup. */
    private static final Map<String, ZoneRules> RULES = Map.of("UTC", ZoneOffset.UTC.getRules());

    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    private GlobalZones() {
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return zones.computeIfAbsent(tzId, TimeZoneRegistry::getGlobalZoneId);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return RULES;
    }

    @Override
    public void register(TimeZone timezone) {
        // a file's own definitions stay components of the file; see the class comment
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        // as above
    }

    @Override
    public void clear() {
        // nothing registered, nothing to clear
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return Zones.timeZone(id);
    }

    @Override
    public String getTzId(String zoneId) {
        return Zones.tzId(zoneId);
    }
}
