package footplan.ics;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a written calendar back with iCal4j, as an importing app would. */
final class Ics {

    private Ics() {
    }

    static Calendar parse(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            return new CalendarBuilder().build(reader);
        } catch (Exception e) {
            throw new AssertionError("iCal4j cannot parse " + file, e);
        }
    }

    /** The sessions of a written calendar as footplan reads it back on a rerun, in file order. */
    static List<SessionEvent> sessions(Path file) {
        return ParsedCalendar.parse(file, bytes(file)).events().stream().map(ParsedCalendar.ParsedEvent::session)
                .toList();
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static VEvent event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    static String value(Component component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    static String value(Calendar calendar, String property) {
        return calendar.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    static String tzid(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().<Parameter>getParameter(Parameter.TZID)
                .map(Parameter::getValue).orElse(null);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
