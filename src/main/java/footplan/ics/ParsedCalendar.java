package footplan.ics;

import footplan.UserInputException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Sequence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A calendar file footplan wrote, read back: the state a rerun updates.
 *
 * <p>Every event is a session of the file's program, except cancelled ones of an earlier program: when a new
 * program replaced one, its file carries the old program's sessions ahead as cancelled, so that importing it
 * removes them ({@link Reconciler}).
 *
 * @param programId the program of the file
 * @param title     the calendar's name (X-WR-CALNAME), empty when it has none
 * @param events    the events in file order
 * @param zones     the file's VTIMEZONEs by TZID, for cancelled events whose zone iCal4j no longer bundles
 */
record ParsedCalendar(String programId, String title, List<ParsedEvent> events, Map<String, VTimeZone> zones) {

    static final String PROGRAM = "X-FOOTPLAN-PROGRAM";
    static final String EXERCISES = "X-FOOTPLAN-EXERCISES";
    static final String CALNAME = "X-WR-CALNAME";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    /**
     * One event of the file.
     *
     * @param session   what the event says about its session
     * @param component the event as parsed, copied as it is when the session is cancelled
     * @param exercises the exercise ids of X-FOOTPLAN-EXERCISES
     */
    record ParsedEvent(SessionEvent session, VEvent component, List<String> exercises) {
    }

    /**
     * Reads the bytes of a previous calendar file.
     *
     * @throws footplan.UserInputException when the bytes are not an iCalendar file, not one footplan wrote, or damaged
     */
    static ParsedCalendar parse(Path file, byte[] bytes) {
        var calendar = build(file, bytes);
        var programId = calendar.<Property>getProperty(PROGRAM).map(Property::getValue)
                .orElseThrow(() -> Problems.notFootplan(file));
        if (!CalendarRequest.PROGRAM_ID.matcher(programId).matches()) {
            throw Problems.damaged(file, PROGRAM + " \"" + programId + "\" is not a program id");
        }
        var title = calendar.<Property>getProperty(CALNAME).map(Property::getValue).orElse("");
        var zones = new TreeMap<String, VTimeZone>();
        for (var zone : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
            zones.put(Zones.tzid(zone), zone);
        }
        var events = new ArrayList<ParsedEvent>();
        var uids = new HashSet<String>();
        for (var component : calendar.<VEvent>getComponents(Component.VEVENT)) {
            var event = checkedEvent(file, programId, component);
            if (!uids.add(event.session().uid())) {
                throw Problems.damaged(file, "event " + event.session().uid() + " occurs twice");
            }
            events.add(event);
        }
        return new ParsedCalendar(programId, title, List.copyOf(events), Map.copyOf(zones));
    }

    // iCal4j reports bad input as ParserException, but also as runtime exceptions from its value parsers
    // (dates, durations, offsets); all of them mean the same to the person: the file cannot be read.
    private static Calendar build(Path file, byte[] bytes) {
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            // Local times are read with java.time's zone rules, as they were written (see JavaTimeZones).
            return new CalendarBuilder(JavaTimeZones.REGISTRY).build(reader);
        } catch (ParserException | IOException | RuntimeException e) {
            throw Problems.damaged(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    // iCal4j parses date values lazily: a bad date or an unknown TZID only fails when the value is first read.
    private static ParsedEvent checkedEvent(Path file, String programId, VEvent component) {
        try {
            return event(file, programId, component);
        } catch (UserInputException e) {
            throw e;
        } catch (RuntimeException e) {
            var uid = component.<Property>getProperty(Property.UID).map(Property::getValue).orElse("without UID");
            throw Problems.damaged(file, "event " + uid + ": " + e.getMessage(), e);
        }
    }

    private static ParsedEvent event(Path file, String programId, VEvent component) {
        var uid = value(file, component, Property.UID, "an event");
        var status = status(file, uid, component);
        var key = Uids.parse(programId, uid)
                .or(() -> status == SessionEvent.Status.CANCELLED ? Uids.parse(uid).map(Uids.Parsed::key)
                        : Optional.<Uids.Key>empty())
                .orElseThrow(() -> Problems.damaged(file, "event " + uid + " is not a session of program "
                        + programId));
        var start = time(file, uid, component, Property.DTSTART);
        var end = time(file, uid, component, Property.DTEND);
        var session = new SessionEvent(uid, sequence(file, uid, component), status, key.week(), key.slot(), start, end);
        var exercises = component.<Property>getProperty(EXERCISES).map(Property::getValue)
                .filter(ids -> !ids.isBlank()).map(ids -> Arrays.asList(ids.trim().split(" +"))).orElse(List.of());
        value(file, component, Property.DTSTAMP, "event " + uid); // an unchanged session keeps it, so it must read
        return new ParsedEvent(session, component, List.copyOf(exercises));
    }

    private static String value(Path file, VEvent component, String name, String event) {
        return component.<Property>getProperty(name).map(Property::getValue)
                .orElseThrow(() -> Problems.damaged(file, event + " has no " + name));
    }

    private static int sequence(Path file, String uid, VEvent component) {
        var sequence = component.<Sequence>getProperty(Property.SEQUENCE);
        if (sequence.isPresent() && sequence.get().getSequenceNo() < 0) {
            throw Problems.damaged(file, "event " + uid + " has a negative SEQUENCE");
        }
        return sequence.map(Sequence::getSequenceNo).orElse(0);
    }

    private static SessionEvent.Status status(Path file, String uid, VEvent component) {
        var status = component.<Property>getProperty(Property.STATUS).map(Property::getValue).orElse("CONFIRMED");
        try {
            return SessionEvent.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Problems.damaged(file, "event " + uid + " has STATUS " + status, e);
        }
    }

    // iCal4j's own value is a ZonedDateTime in a zone it names "ical4j-local-N", built from the file's VTIMEZONE;
    // we read the local time as text and place it in the java.time zone of the TZID instead.
    private static ZonedDateTime time(Path file, String uid, VEvent component, String name) {
        var property = component.<Property>getProperty(name)
                .orElseThrow(() -> Problems.damaged(file, "event " + uid + " has no " + name));
        var value = property.getValue();
        try {
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atZone(ZoneOffset.UTC);
            }
            var tzid = property.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue)
                    .orElseThrow(() -> Problems.damaged(file, "event " + uid + " has a " + name + " without TZID"));
            return LocalDateTime.parse(value, LOCAL).atZone(ZoneId.of(tzid));
        } catch (DateTimeException e) {
            throw Problems.damaged(file, "event " + uid + " has " + name + " " + value, e);
        }
    }
}
