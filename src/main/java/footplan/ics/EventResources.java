package footplan.ics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar file footplan wrote, cut into one iCalendar text per event, as a CalDAV server stores them: each a
 * VCALENDAR with the file's PRODID, VERSION and CALSCALE, the VTIMEZONEs the event uses, and the event as written.
 * The texts are cut from the file's own lines, so an event footplan left unchanged gives the same text.
 */
public final class EventResources {

    /**
     * One event of the file.
     *
     * @param uid       the event's UID
     * @param cancelled STATUS:CANCELLED
     * @param start     when the session starts
     * @param text      the VCALENDAR with just this event, CRLF line ends
     */
    public record Resource(String uid, boolean cancelled, ZonedDateTime start, String text) {
    }

    private static final Pattern TZID = Pattern.compile(";TZID=\"?([^\";:]+)\"?[;:]");
    private static final Pattern DATE = Pattern.compile("^DTSTART[^:]*:(\\d{8})", Pattern.MULTILINE);

    private EventResources() {
    }

    /**
     * The events of a calendar file footplan wrote, by UID in file order; empty when there is no file.
     *
     * @throws footplan.UserInputException when the file cannot be read or is not one footplan wrote
     */
    public static Map<String, Resource> of(Path file) {
        var bytes = CalendarFiles.readPrevious(file);
        if (bytes.isEmpty()) {
            return Map.of();
        }
        var parsed = ParsedCalendar.parse(file, bytes.get());
        var texts = texts(Parts.of(new String(bytes.get(), StandardCharsets.UTF_8)));
        var resources = new LinkedHashMap<String, Resource>();
        for (var event : parsed.events()) {
            var session = event.session();
            var text = texts.get(session.uid());
            if (text == null) {
                throw Problems.damaged(file, "event " + session.uid() + " cannot be cut out of the file");
            }
            resources.put(session.uid(), new Resource(session.uid(), session.cancelled(), session.start(), text));
        }
        return resources;
    }

    /**
     * A VCALENDAR holding only the file's VTIMEZONE of {@code zone} (and the file's PRODID, VERSION and CALSCALE), as
     * CalDAV's {@code calendar-timezone} property wants it; empty when there is no file or no such VTIMEZONE in it.
     *
     * @throws footplan.UserInputException when the file cannot be read
     */
    public static Optional<String> timezone(Path file, ZoneId zone) {
        return CalendarFiles.readPrevious(file).map(bytes -> Parts.of(new String(bytes, StandardCharsets.UTF_8)))
                .flatMap(parts -> Optional.ofNullable(parts.zones().get(zone.getId()))
                        .map(text -> "BEGIN:VCALENDAR\r\n" + parts.standardHeader() + text + "END:VCALENDAR\r\n"));
    }

    /** The date an event of a server's iCalendar text starts on, as written there (its local date). */
    public static Optional<LocalDate> startDate(String text) {
        var unfolded = unfold(text);
        var event = unfolded.indexOf("BEGIN:VEVENT"); // not the DTSTART of a VTIMEZONE's rules
        if (event < 0) {
            return Optional.empty();
        }
        var matcher = DATE.matcher(unfolded.substring(event));
        if (!matcher.find()) {
            return Optional.empty();
        }
        var digits = matcher.group(1);
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\r", "");
    }

    /**
     * A calendar file cut at its components, keeping their lines as written.
     *
     * @param header the VCALENDAR's own properties but X-WR-CALNAME, CRLF line ends
     * @param zones  each VTIMEZONE's text, by TZID
     * @param events each VEVENT's text, in file order
     */
    private record Parts(String header, Map<String, String> zones, List<String> events) {

        static Parts of(String file) {
            var header = new StringBuilder();
            var zones = new LinkedHashMap<String, String>();
            var events = new ArrayList<String>();
            var block = new StringBuilder();
            String kind = null; // VTIMEZONE or VEVENT while inside one
            for (var line : file.split("\r\n", -1)) {
                if (kind == null) {
                    if (line.equals("BEGIN:VTIMEZONE") || line.equals("BEGIN:VEVENT")) {
                        kind = line.substring("BEGIN:".length());
                        block.setLength(0);
                        block.append(line).append("\r\n");
                    } else if (!line.isEmpty() && !line.startsWith("BEGIN:VCALENDAR")
                            && !line.startsWith("END:VCALENDAR") && !line.startsWith(ParsedCalendar.CALNAME)
                            && !line.startsWith(" ")) {
                        header.append(line).append("\r\n");
                    }
                    continue;
                }
                block.append(line).append("\r\n");
                if (line.equals("END:" + kind)) {
                    if (kind.equals("VTIMEZONE")) {
                        var unfolded = unfold(block.toString());
                        var tzid = unfolded.lines().filter(l -> l.startsWith("TZID:")).findFirst()
                                .map(l -> l.substring(5)).orElse("");
                        zones.put(tzid, block.toString());
                    } else {
                        events.add(block.toString());
                    }
                    kind = null;
                }
            }
            return new Parts(header.toString(), zones, events);
        }

        /** The header without footplan's own X- properties: a server checking the zone has nothing to stumble on. */
        String standardHeader() {
            return header.lines().filter(line -> !line.startsWith("X-")).map(line -> line + "\r\n")
                    .collect(java.util.stream.Collectors.joining());
        }
    }

    /** The VCALENDAR text of each event, by UID. */
    private static Map<String, String> texts(Parts parts) {
        var texts = new LinkedHashMap<String, String>();
        for (var event : parts.events()) {
            var unfolded = unfold(event);
            var uid = unfolded.lines().filter(l -> l.startsWith("UID:")).findFirst().map(l -> l.substring(4));
            if (uid.isEmpty()) {
                continue;
            }
            var used = new java.util.TreeSet<String>();
            var matcher = TZID.matcher(unfolded);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            var text = new StringBuilder("BEGIN:VCALENDAR\r\n").append(parts.header());
            used.stream().map(parts.zones()::get).filter(z -> z != null).forEach(text::append);
            text.append(event).append("END:VCALENDAR\r\n");
            texts.put(uid.get(), text.toString());
        }
        return texts;
    }
}
