package footplan.ics;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The check that runs before any file is touched catches what iCal4j's own calendar validation skips. */
class ValidationTest {

    private static Draft draft(ZonedDateTime start) {
        return new Draft("p-w01-s1@footplan", 1, 0, start, start.plusMinutes(20), "Foot routine · week 1, session 1",
                "Week 1", List.of("heel-raises"), 10);
    }

    private static ZonedDateTime start() {
        return START.atTime(TIME).atZone(BERLIN);
    }

    @Test
    void aCalendarAsWeBuildItValidates() {
        assertDoesNotThrow(() -> Validation.check(calendar()));
    }

    @Test
    void anAlarmWithoutDescriptionIsCaught() {
        var event = Events.confirmed(draft(start()), 0, FIRST_STAMP);
        var alarm = new VAlarm(new PropertyList(List.of(ImmutableAction.DISPLAY,
                new Trigger(Duration.ofMinutes(-10)))));
        var broken = new VEvent(event.getPropertyList(), new ComponentList<>(List.of(alarm)));
        var calendar = Calendars.assemble("T", "p", List.of(broken), Map.of());

        var error = assertThrows(IllegalStateException.class, () -> Validation.check(calendar));

        assertTrue(error.getMessage().contains("DESCRIPTION"), error.getMessage());
    }

    /** A calendar of one session as we build it. */
    private static Calendar calendar() {
        return Calendars.assemble("T", "p", List.of(Events.confirmed(draft(start()), 0, FIRST_STAMP)), Map.of());
    }

    /** Puts these VTIMEZONEs first in the calendar in place of the ones it had. */
    private static void replaceZones(Calendar calendar, VTimeZone... zones) {
        var components = new ArrayList<CalendarComponent>(List.of(zones));
        calendar.getComponentList().getAll().stream().filter(c -> !c.getName().equals("VTIMEZONE"))
                .forEach(components::add);
        calendar.setComponentList(new ComponentList<>(components));
    }

    @Test
    void aTzidWithoutVtimezoneIsCaught() {
        var calendar = calendar();
        replaceZones(calendar);

        var error = assertThrows(IllegalStateException.class, () -> Validation.check(calendar));

        assertTrue(error.getMessage().contains("TZID Europe/Berlin has no VTIMEZONE"), error.getMessage());
    }

    @Test
    void aBrokenVtimezoneIsCaught() {
        var calendar = calendar();
        replaceZones(calendar, new VTimeZone(new PropertyList(List.of(new TzId("Europe/Berlin"))),
                new ComponentList<>()));

        var error = assertThrows(IllegalStateException.class, () -> Validation.check(calendar));

        assertTrue(error.getMessage().contains("[STANDARD,DAYLIGHT] must be specified"), error.getMessage());
    }

    @Test
    void withAMethodTheComponentsAreValidatedAgainstIt() {
        var calendar = calendar();
        var properties = new ArrayList<>(calendar.<Property>getProperties());
        properties.add(new Method("REQUEST"));
        calendar.setPropertyList(new PropertyList(properties));

        var error = assertThrows(IllegalStateException.class, () -> Validation.check(calendar));

        assertTrue(error.getMessage().contains("ORGANIZER"), error.getMessage());
    }

    @Test
    void anEventWithoutDtstampIsCaught() {
        var event = Events.confirmed(draft(start()), 0, FIRST_STAMP);
        var properties = new ArrayList<>(event.<Property>getProperties());
        properties.removeIf(p -> p.getName().equals(Property.DTSTAMP));
        var broken = new VEvent(new PropertyList(properties), new ComponentList<>(event.getAlarms()));

        var error = assertThrows(IllegalStateException.class,
                () -> Validation.check(Calendars.assemble("T", "p", List.of(broken), Map.of())));

        assertTrue(error.getMessage().contains("DTSTAMP"), error.getMessage());
    }
}
