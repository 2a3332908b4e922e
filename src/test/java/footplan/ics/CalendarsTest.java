package footplan.ics;

import static footplan.ics.Fixtures.BERLIN;
import static footplan.ics.Fixtures.FIRST_STAMP;
import static footplan.ics.Fixtures.START;
import static footplan.ics.Fixtures.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The calendar's text: iCal4j's own, with each bundled VTIMEZONE written once per run. */
class CalendarsTest {

    private static Draft draft(int week) {
        var start = START.plusWeeks(week - 1).atTime(TIME).atZone(BERLIN);
        return new Draft("p-w0" + week + "-s1@footplan", week, 0, start, start.plusMinutes(20),
                SessionText.summary(week, 0), new FastDescription("Week " + week + "\nHeel raises, slowly; then rest"),
                List.of("heel-raises"), 10);
    }

    @Test
    void theTextIsExactlyWhatIcal4jWrites() {
        var calendar = Calendars.assemble("Foot routine", "p", List.of(Events.confirmed(draft(1), 0, FIRST_STAMP),
                Events.confirmed(draft(2), 0, FIRST_STAMP)), Map.of());

        assertEquals(calendar.toString(), Calendars.text(calendar));
        assertEquals(calendar.toString(), Calendars.text(calendar)); // and again, from what was kept
    }

    /** The values escaped in one pass (title, summary, exercises) with every character TEXT escaping changes. */
    @Test
    void plainTextValuesAreEscapedExactlyAsIcal4jEscapesThem() {
        var start = START.atTime(TIME).atZone(BERLIN);
        var awkward = "a, b; c\\d\ne\r\nf\rg · ë";
        var draft = new Draft("p-w01-s1@footplan", 1, 0, start, start.plusMinutes(20), awkward,
                new FastDescription(awkward), List.of("heel-raises", awkward), 10);
        var calendar = Calendars.assemble(awkward, awkward, List.of(Events.confirmed(draft, 0, FIRST_STAMP)),
                Map.of());

        assertEquals(calendar.toString(), Calendars.text(calendar));
    }

    /**
     * An event read from a file (iCal4j's own lists), cancelled: its parameterised SUMMARY, an X- property with a
     * VALUE and one without, written as iCal4j writes them, beside an event of ours without a reminder.
     */
    @Test
    void anEventReadFromAFileIsWrittenAsIcal4jWritesIt() throws Exception {
        var previous = (VEvent) new CalendarBuilder().build(new StringReader(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:p-w01-s1@footplan",
                "DTSTAMP:20261101T080000Z", "DTSTART;TZID=Europe/Berlin:20261201T073000",
                "SUMMARY;LANGUAGE=en:Heel raises\\, then rest", "X-FOOTPLAN-EXERCISES:heel-raises",
                "X-NOTE;VALUE=BINARY;ENCODING=BASE64:aGVlbA==", "X-PLAIN:a\\;b", "END:VEVENT", "END:VCALENDAR",
                ""))).getComponent(Component.VEVENT).orElseThrow();
        var start = START.plusWeeks(1).atTime(TIME).atZone(BERLIN);
        var ours = new Draft("p-w02-s1@footplan", 2, 0, start, start.plusMinutes(20), "Week 2",
                new FastDescription("Week 2"), List.of("heel-raises"), 0);
        var calendar = Calendars.assemble("Foot routine", "p", List.of(Events.cancelled(previous, 1, FIRST_STAMP),
                Events.confirmed(ours, 0, FIRST_STAMP)), Map.of());

        assertEquals(calendar.toString(), Calendars.text(calendar));
        assertTrue(Calendars.text(calendar).contains("SUMMARY;LANGUAGE=en:Heel raises\\, then rest\r\n"));
    }

    @Test
    void aBundledZoneIsWrittenOnceAndAnyOtherEveryTime() {
        VTimeZone bundled = Zones.definition("Europe/Berlin").orElseThrow();
        Zones.text(bundled);
        var properties = new ArrayList<>(bundled.<Property>getProperties());
        properties.add(new XProperty("X-COPY", "yes"));
        VTimeZone copy = new VTimeZone(new PropertyList(properties), new ComponentList<>(bundled.getObservances()));

        assertSame(Zones.text(bundled), Zones.text(bundled));
        assertEquals(bundled.toString(), Zones.text(bundled));
        assertEquals(copy.toString(), Zones.text(copy));
        assertNotEquals(Zones.text(bundled), Zones.text(copy)); // same TZID, another definition
    }
}
