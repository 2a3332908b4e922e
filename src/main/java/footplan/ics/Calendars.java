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
import net.fortuna.ical4j.model.property.Summary;
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
        var properties = Lookups.properties(List.of(
                new ProdId(Lookups.noParameters(), PRODID),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty(ParsedCalendar.CALNAME, Lookups.noParameters(), title),
                new XProperty(ParsedCalendar.PROGRAM, Lookups.noParameters(), programId)));
        var components = new ArrayList<CalendarComponent>();
        for (var tzid : tzids(events)) {
            components.add(Zones.definition(tzid).or(() -> Optional.ofNullable(previousZones.get(tzid)))
                    .orElseThrow(() -> new IllegalStateException("no VTIMEZONE for " + tzid)));
        }
        components.addAll(events);
        return new Calendar(properties, Lookups.components(components));
    }

    /**
     * The calendar's text exactly as {@code calendar.toString()} gives it, each bundled VTIMEZONE's text made once
     * per run ({@link Zones#text}), and plain text values escaped in one pass ({@link #append(StringBuilder,
     * Property)}).
     */
    static String text(Calendar calendar) {
        var text = new StringBuilder(64 * 1024).append("BEGIN:VCALENDAR").append(ContentLines.CRLF);
        calendar.getPropertyList().getAll().forEach(property -> append(text, property));
        for (var component : calendar.<CalendarComponent>getComponents()) {
            if (component instanceof VTimeZone zone) {
                text.append(Zones.text(zone));
            } else if (component instanceof VEvent event) {
                append(text, event);
            } else {
                text.append(component);
            }
        }
        return text.append("END:VCALENDAR").append(ContentLines.CRLF).toString();
    }

    /** As {@code Component.toString} writes an event: its properties, then its alarms as iCal4j writes them. */
    private static void append(StringBuilder text, VEvent event) {
        text.append("BEGIN:").append(event.getName()).append(ContentLines.CRLF);
        event.getPropertyList().getAll().forEach(property -> append(text, property));
        text.append(event.getComponentList()).append("END:").append(event.getName()).append(ContentLines.CRLF);
    }

    /**
     * As {@code Property.toString} writes a property. A SUMMARY or X- property without parameters is its name and
     * its escaped text: iCal4j escapes with three regular-expression passes, each copying the value.
     */
    private static void append(StringBuilder text, Property property) {
        var type = property.getClass();
        if ((type == Summary.class || type == XProperty.class) && ContentLines.isPlain(property)) {
            ContentLines.appendTextLine(text, property.getName(), property.getValue());
        } else {
            text.append(property);
        }
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
