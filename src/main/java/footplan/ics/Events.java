package footplan.ics;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds VEVENTs in one fixed property order, and compares them by content. */
final class Events {

    /** Properties that record a revision rather than what the event says. */
    private static final Set<String> REVISION = Set.of(Property.UID, Property.DTSTAMP, Property.SEQUENCE);

    /** Properties whose change means new exercises or doses. */
    private static final Set<String> EXERCISES = Set.of(Property.DESCRIPTION, ParsedCalendar.EXERCISES);

    private Events() {
    }

    /**
     * A confirmed session: UID, DTSTAMP, SEQUENCE, STATUS, DTSTART, DTEND, SUMMARY, DESCRIPTION,
     * X-FOOTPLAN-EXERCISES, then the reminder's VALARM (ACTION, TRIGGER, DESCRIPTION) unless it is off.
     */
    static VEvent confirmed(Draft draft, int sequence, Instant stamp) {
        var properties = List.<Property>of(
                new Uid(draft.uid()),
                new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)),
                new Sequence(sequence),
                ImmutableStatus.VEVENT_CONFIRMED,
                javaTime(new DtStart<>(zoned(draft.start()), draft.start())),
                javaTime(new DtEnd<>(zoned(draft.end()), draft.end())),
                new Summary(draft.summary()),
                new Description(draft.description()),
                new XProperty(ParsedCalendar.EXERCISES, String.join(" ", draft.exercises())));
        var alarms = draft.reminderMinutes() > 0 ? List.of(alarm(draft)) : List.<VAlarm>of();
        return new VEvent(new PropertyList(properties), new ComponentList<>(alarms));
    }

    /** The TZID of a time; its zone is one iCal4j has a VTIMEZONE for ({@link Zones#canonical}). */
    private static ParameterList zoned(ZonedDateTime time) {
        return new ParameterList(List.of(new TzId(time.getZone().getId())));
    }

    /** The local time is written as java.time has it, not as iCal4j's own zone rules would ({@link JavaTimeZones}). */
    private static <P extends DateProperty<?>> P javaTime(P property) {
        property.setTimeZoneRegistry(JavaTimeZones.REGISTRY);
        return property;
    }

    private static VAlarm alarm(Draft draft) {
        return new VAlarm(new PropertyList(List.of(
                ImmutableAction.DISPLAY,
                new Trigger(Duration.ofMinutes(-draft.reminderMinutes())),
                new Description(SessionText.reminder(draft.week(), draft.slot(), draft.reminderMinutes())))));
    }

    /**
     * The previous event of a session that no longer exists: what it said, kept as it was, but CANCELLED with
     * the next SEQUENCE and no reminder (a cancelled session must not ring).
     */
    static VEvent cancelled(VEvent previous, int sequence, Instant stamp) {
        var properties = new ArrayList<Property>(List.of(
                previous.<Property>getProperty(Property.UID).orElseThrow(),
                new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)),
                new Sequence(sequence),
                ImmutableStatus.VEVENT_CANCELLED));
        for (var property : previous.<Property>getProperties()) {
            if (!REVISION.contains(property.getName()) && !Property.STATUS.equals(property.getName())) {
                properties.add(property);
            }
        }
        return new VEvent(new PropertyList(properties));
    }

    /** The content lines of an event that say what it is, leaving out UID, DTSTAMP and SEQUENCE. */
    static List<String> content(VEvent event) {
        var lines = new ArrayList<String>();
        for (var property : event.<Property>getProperties()) {
            if (!REVISION.contains(property.getName())) {
                lines.add(property.toString());
            }
        }
        lines.addAll(alarms(event));
        return lines;
    }

    private static List<String> alarms(VEvent event) {
        return event.getAlarms().stream().map(VAlarm::toString).toList();
    }

    static boolean sameStart(VEvent a, VEvent b) {
        return same(a, b, Set.of(Property.DTSTART));
    }

    static boolean sameExercises(VEvent a, VEvent b) {
        return same(a, b, EXERCISES);
    }

    static boolean sameReminder(VEvent a, VEvent b) {
        return alarms(a).equals(alarms(b));
    }

    private static boolean same(VEvent a, VEvent b, Set<String> names) {
        return lines(a, names).equals(lines(b, names));
    }

    private static List<String> lines(VEvent event, Set<String> names) {
        return event.<Property>getProperties().stream().filter(p -> names.contains(p.getName()))
                .map(Property::toString).toList();
    }
}
