package footplan.ics;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * iCal4j's validation of a calendar before it replaces anything: {@code Calendar.validate()}, and the two things it
 * leaves out, the VALARMs of each event and a VTIMEZONE for each TZID.
 */
final class Validation {

    private Validation() {
    }

    /** @throws IllegalStateException listing every error: we built something invalid, which is our bug */
    static void check(Calendar calendar) {
        ValidationResult result;
        try {
            result = validate(calendar);
        } catch (ValidationException e) { // some of iCal4j's checks throw instead of reporting
            throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
        }
        var errors = new ArrayList<>(errors(result));
        errors.addAll(missingZones(calendar));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the calendar does not validate: " + String.join("; ", errors));
        }
    }

    private static ValidationResult validate(Calendar calendar) {
        var result = calendar.validate();
        for (var event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            for (var alarm : event.getAlarms()) {
                result = result.merge(alarm.validate(true));
            }
        }
        return result;
    }

    private static List<String> errors(ValidationResult result) {
        return result.getEntries().stream().filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
                .map(e -> e.getContext() + ": " + e.getMessage()).sorted().collect(Collectors.toList());
    }

    private static List<String> missingZones(Calendar calendar) {
        var defined = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream().map(Zones::tzid)
                .collect(Collectors.toSet());
        return Calendars.tzids(calendar.getComponents(Component.VEVENT)).stream()
                .filter(tzid -> !defined.contains(tzid)).map(tzid -> "VEVENT: TZID " + tzid + " has no VTIMEZONE")
                .toList();
    }
}
