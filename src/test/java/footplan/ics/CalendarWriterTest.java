package footplan.ics;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static footplan.ics.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A first write: what the calendar says and how it is encoded. */
class CalendarWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneValidEventPerSessionAtTheLocalTimes() {
        var file = dir.resolve("calendars/alex.ics");
        var result = CalendarWriter.write(request(file, routine(3), sessions(3)));

        var calendar = Ics.parse(file);
        var events = Ics.events(calendar);
        assertEquals(6, events.size());
        assertEquals(6, result.events().size());
        assertTrue(result.newProgram());
        assertNull(result.backup());
        var starts = events.stream().map(e -> Ics.value(e, Property.DTSTART)).toList();
        assertEquals(List.of("20261201T073000", "20261203T073000", "20261208T073000", "20261210T073000",
                "20261215T073000", "20261217T073000"), starts);
        assertNoValidationErrors(calendar);
    }

    @Test
    void eventSaysWhichSessionItIsAndCarriesTheWeeksExercises() {
        var file = dir.resolve("alex.ics");
        CalendarWriter.write(request(file, routine(2), sessions(2)));

        var event = Ics.event(Ics.parse(file), "fp-alex-1-w02-s2@footplan");
        assertEquals("Foot routine · week 2, session 2", Ics.value(event, Property.SUMMARY));
        assertEquals("""
                Week 2 · about 20 minutes

                1. Heel raises (standing)
                Dose: 2 sets of 11 slow raises on each leg
                - Stand tall behind a chair and rest your hands lightly on its back.
                - Rise slowly onto the ball of your right foot, then lower the heel.

                2. Ankle circles (sitting on a chair)
                Dose: 5 sets of 5 circles each way, each foot
                Adaptation: done sitting on a chair instead of lying on your back
                - Sit tall and lift your right foot a little.
                - Circle the ankle clockwise, then back.

                Move slowly and stop any exercise that makes your pain worse. If your pain keeps getting worse \
                over a week or two, see a clinician.""", Ics.value(event, Property.DESCRIPTION));
        assertEquals("heel-raises ankle-circles", Ics.value(event, ParsedCalendar.EXERCISES));
        assertEquals("20261210T075000", Ics.value(event, Property.DTEND));
        assertEquals("20261120T090000Z", Ics.value(event, Property.DTSTAMP));
        assertEquals("0", Ics.value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", Ics.value(event, Property.STATUS));
    }

    @Test
    void calendarIsNamedAndMarkedAsFootplans() {
        var file = dir.resolve("alex.ics");
        CalendarWriter.write(request(file, routine(1), sessions(1)));

        var calendar = Ics.parse(file);
        assertEquals("Foot routine – Alex", Ics.value(calendar, "X-WR-CALNAME"));
        assertEquals("fp-alex-1", Ics.value(calendar, ParsedCalendar.PROGRAM));
        assertEquals("-//footplan//footplan 0.1//EN", Ics.value(calendar, Property.PRODID));
        assertEquals("2.0", Ics.value(calendar, Property.VERSION));
        assertEquals("GREGORIAN", Ics.value(calendar, Property.CALSCALE));
    }

    @Test
    void reminderIsADisplayAlarmBeforeTheSession() {
        var file = dir.resolve("alex.ics");
        CalendarWriter.write(request(file, routine(1), sessions(1)));

        var alarms = Ics.events(Ics.parse(file)).get(0).getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("DISPLAY", Ics.value(alarms.get(0), Property.ACTION));
        assertEquals("-PT10M", Ics.value(alarms.get(0), Property.TRIGGER));
        assertEquals("Foot routine · week 1, session 1 starts in 10 minutes",
                Ics.value(alarms.get(0), Property.DESCRIPTION));
    }

    @Test
    void noAlarmWhenTheReminderIsOff() {
        var file = dir.resolve("alex.ics");
        var first = request(file, routine(2), sessions(2));
        CalendarWriter.write(new CalendarRequest(file, first.title(), first.routine(), first.sessions(), 0, false,
                "fp-alex-1", FIRST_STAMP));

        var calendar = Ics.parse(file);
        assertTrue(Ics.events(calendar).stream().allMatch(e -> e.getAlarms().isEmpty()));
        assertFalse(Ics.text(file).contains("VALARM"));
        assertNoValidationErrors(calendar);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "Pacific/Auckland"})
    void theOnlyVtimezoneIsTheOneOfTheSessions(String zone) {
        var file = dir.resolve("alex.ics");
        CalendarWriter.write(request(file, routine(2), sessions(2, ZoneId.of(zone))));

        var calendar = Ics.parse(file);
        var zones = calendar.<VTimeZone>getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals(zone, Zones.tzid(zones.get(0)));
        for (var event : Ics.events(calendar)) {
            assertEquals(zone, Ics.tzid(event, Property.DTSTART));
            assertEquals(zone, Ics.tzid(event, Property.DTEND));
        }
    }

    @Test
    void aZoneAliasIsWrittenUnderTheIdOfItsVtimezone() {
        var file = dir.resolve("utc.ics");
        CalendarWriter.write(request(file, routine(1), sessions(1, ZoneId.of("UTC"))));

        var calendar = Ics.parse(file);
        var zone = Zones.tzid(calendar.<VTimeZone>getComponents(Component.VTIMEZONE).get(0));
        assertEquals("Etc/UTC", zone);
        assertEquals(zone, Ics.tzid(Ics.events(calendar).get(0), Property.DTSTART));
        assertEquals("20261201T073000", Ics.value(Ics.events(calendar).get(0), Property.DTSTART));
    }

    @Test
    void sessionsKeepTheirLocalTimeAcrossTheDaylightSavingChange() {
        var file = dir.resolve("alex.ics");
        var sessions = List.of(
                new footplan.schedule.Session(1, 0, LocalDateTime.of(2027, 3, 25, 7, 30).atZone(BERLIN)),
                new footplan.schedule.Session(1, 1, LocalDateTime.of(2027, 3, 30, 7, 30).atZone(BERLIN)));
        var result = CalendarWriter.write(request(file, routine(1), sessions));

        var starts = Ics.events(Ics.parse(file)).stream().map(e -> Ics.value(e, Property.DTSTART)).toList();
        assertEquals(List.of("20270325T073000", "20270330T073000"), starts);
        assertEquals(3600 * 24 * 5 - 3600, result.events().get(1).start().toEpochSecond()
                - result.events().get(0).start().toEpochSecond());
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
        var file = dir.resolve("zoe.ics");
        var longStep = "Stehen Sie aufrecht hinter dem Stuhl, die Hände locker auf der Lehne – "
                + "heben Sie die Fersen langsam an, über die Zehenballen, Fuß in Linie mit dem Bein. 🦶 Ruhe ✓";
        var exercise = new footplan.rules.PlannedExercise("zehen", "Zehenübungen für Füße · Übung",
                footplan.rules.Position.STANDING, "Stütze: beide Hände auf der Stuhllehne — äußerst vorsichtig",
                2, 10, 0, true, "2 Sätze à 10 Wiederholungen je Fuß, ruhig und gleichmäßig ausführen", 300,
                List.of(longStep, longStep.repeat(3)), List.of());
        var routine = routine(List.of(week(1, 20, exercise)));
        var title = "Zoë – Fußübungen für Zoë Ångström " + "·".repeat(37);
        var request = new CalendarRequest(file, title, routine, sessions(1), 10, false, "fp-zoe", FIRST_STAMP);
        CalendarWriter.write(request);

        var bytes = Ics.bytes(file);
        var lines = physicalLines(bytes);
        assertTrue(lines.size() > 40, "the long texts are folded into many lines");
        for (var line : lines) {
            assertTrue(line.length <= 75, () -> "line of " + line.length + " octets: " + decode(line));
            strictUtf8(line);
        }
        var event = Ics.events(Ics.parse(file)).get(0);
        assertEquals(SessionText.description(routine.week(1), List.of(STOP)), Ics.value(event, Property.DESCRIPTION));
        assertEquals(request.title(), Ics.value(Ics.parse(file), "X-WR-CALNAME"));
    }

    @Test
    void sameRequestGivesTheSameBytesWhereverItIsWritten() {
        var one = dir.resolve("one/alex.ics");
        var two = dir.resolve("two/alex.ics");
        CalendarWriter.write(request(one, routine(2), sessions(2)));
        CalendarWriter.write(request(two, routine(2), sessions(2)));

        assertArrayEquals(Ics.bytes(one), Ics.bytes(two));
    }

    @Test
    void eventsAreInTimeOrderWhateverTheOrderOfTheSessions() {
        var file = dir.resolve("alex.ics");
        var shuffled = new ArrayList<>(sessions(3));
        java.util.Collections.reverse(shuffled);
        var result = CalendarWriter.write(request(file, routine(3), shuffled));

        var starts = result.events().stream().map(e -> e.start().toInstant()).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        assertEquals("fp-alex-1-w01-s1@footplan", Ics.value(Ics.events(Ics.parse(file)).get(0), Property.UID));
    }

    /** Splits on CRLF, failing on any CR or LF that is not part of a CRLF. */
    static List<byte[]> physicalLines(byte[] bytes) {
        var lines = new ArrayList<byte[]>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at " + i);
                lines.add(Arrays.copyOfRange(bytes, from, i));
                from = i + 2;
                i++;
            } else {
                assertNotEquals('\n', bytes[i], "LF without CR at " + i);
            }
        }
        assertEquals(bytes.length, from, "the file ends with CRLF");
        return lines;
    }

    private static void strictUtf8(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
    }

    private static String decode(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    static void assertNoValidationErrors(net.fortuna.ical4j.model.Calendar calendar) {
        var result = calendar.validate();
        for (var event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            for (var alarm : event.getAlarms()) {
                result = result.merge(alarm.validate(true));
            }
        }
        var errors = result.getEntries().stream()
                .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }
}
