package footplan.ics;

import static footplan.ics.Fixtures.BERLIN;
import static footplan.ics.Fixtures.FIRST_STAMP;
import static footplan.ics.Fixtures.START;
import static footplan.ics.Fixtures.TIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The VCALENDAR as it is put together: its properties, then one VTIMEZONE per zone used, then the events. */
class CalendarsTest {

    private static Draft draft(int week, ZoneId zone) {
        var start = START.plusWeeks(week - 1).atTime(TIME).atZone(zone);
        return new Draft("p-w0" + week + "-s1@footplan", week, 0, start, start.plusMinutes(20),
                SessionText.summary(week, 0), "Week " + week, List.of("heel-raises"), 10);
    }

    @Test
    void theZonesInUseComeSortedBeforeTheEventsInTheirGivenOrder() {
        var events = List.of(Events.confirmed(draft(2, BERLIN), 0, FIRST_STAMP),
                Events.confirmed(draft(1, ZoneId.of("America/New_York")), 0, FIRST_STAMP),
                Events.confirmed(draft(3, BERLIN), 0, FIRST_STAMP));

        var calendar = Calendars.assemble("Foot routine", "p", events, Map.of());

        assertThat(calendar.<CalendarComponent>getComponents()).extracting(CalendarsTest::name)
                .containsExactly("VTIMEZONE America/New_York", "VTIMEZONE Europe/Berlin", "VEVENT p-w02-s1@footplan",
                        "VEVENT p-w01-s1@footplan", "VEVENT p-w03-s1@footplan");
        assertThat(calendar.toString()).startsWith("BEGIN:VCALENDAR\r\nPRODID:" + Calendars.PRODID
                + "\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Foot routine\r\nX-FOOTPLAN-PROGRAM:p\r\n");
    }

    private static String name(CalendarComponent component) {
        return component.getName() + " " + (component instanceof VEvent event ? event.getUid().orElseThrow().getValue()
                : Zones.tzid((VTimeZone) component));
    }

    /** A cancelled event read from a file keeps what it said as it said it, parameters and X- properties included. */
    @Test
    void aCancelledEventReadFromAFileIsWrittenAsItWasRead() throws Exception {
        var previous = (VEvent) new CalendarBuilder().build(new StringReader(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:p-w01-s1@footplan",
                "DTSTAMP:20261101T080000Z", "DTSTART;TZID=Europe/Berlin:20261201T073000",
                "SUMMARY;LANGUAGE=en:Heel raises\\, then rest", "X-FOOTPLAN-EXERCISES:heel-raises",
                "X-NOTE;VALUE=BINARY;ENCODING=BASE64:aGVlbA==", "X-PLAIN:a\\;b", "END:VEVENT", "END:VCALENDAR",
                ""))).getComponent(Component.VEVENT).orElseThrow();

        var calendar = Calendars.assemble("Foot routine", "p", List.of(Events.cancelled(previous, 1, FIRST_STAMP)),
                Map.of());

        assertThat(calendar.toString()).contains("BEGIN:VEVENT\r\nUID:p-w01-s1@footplan\r\nDTSTAMP:20261120T090000Z\r\n"
                + "SEQUENCE:1\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/Berlin:20261201T073000\r\n"
                + "SUMMARY;LANGUAGE=en:Heel raises\\, then rest\r\nX-FOOTPLAN-EXERCISES:heel-raises\r\n"
                + "X-NOTE;VALUE=BINARY;ENCODING=BASE64:aGVlbA==\r\nX-PLAIN:a\\;b\r\nEND:VEVENT\r\n");
    }
}
