package footplan.ics;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Puts the VCALENDAR together: properties, one VTIMEZONE per TZID used (sorted), then the events as given. */
final class Calendars {

    static final String PRODID = "-//footplan//footplan 0.1//EN";

    private Calendars() {
    }

    /**
     * @param events        in the order they are to be written
     * @param previousZones the previous file's VTIMEZONEs, used only for a zone iCal4j does not bundle
     */
    static Calendar assemble(String title, String programId, List<VEvent> events,
                             Map<String, VTimeZone> previousZones) {
        var properties = new PropertyList(List.of(
                new ProdId(PRODID),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty(ParsedCalendar.CALNAME, title),
                new XProperty(ParsedCalendar.PROGRAM, programId)));
        var components = new ArrayList<CalendarComponent>();
        for (var tzid : tzids(events)) {
            components.add(Zones.definition(tzid).or(() -> Optional.ofNullable(previousZones.get(tzid)))
                    .orElseThrow(() -> new IllegalStateException("no VTIMEZONE for " + tzid)));
        }
        components.addAll(events);
        return new Calendar(properties, new ComponentList<>(components));
    }

    /** Every TZID parameter of the events' properties, sorted. */
    static TreeSet<String> tzids(List<VEvent> events) {
        var tzids = new TreeSet<String>();
        for (var event : events) {
            for (var property : event.<Property>getProperties()) {
                property.<Parameter>getParameter(Parameter.TZID).ifPresent(tzid -> tzids.add(tzid.getValue()));
            }
        }
        return tzids;
    }
}
