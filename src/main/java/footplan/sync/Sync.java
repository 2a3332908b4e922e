package footplan.sync;

import footplan.ics.CalendarLock;
import footplan.ics.EventResources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a CalDAV calendar collection hold the sessions of a calendar file: confirmed events PUT as
 * {@code <UID>.ics}, cancelled ones deleted, unchanged ones left without a request. Only resources footplan wrote
 * (its {@link SyncRecord}) are changed or deleted, and a resource the person changed on the server keeps their
 * version unless {@code force}.
 */
public final class Sync {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    /**
     * What a sync did.
     *
     * @param added     sessions new on the server
     * @param updated   sessions footplan wrote again, changed
     * @param removed   sessions deleted from the server, cancelled in the file
     * @param unchanged sessions already as the file has them, left without a request
     * @param requests  PUT, DELETE and MKCALENDAR requests sent
     * @param notes     one line per thing the person should know: the collection made, changes of theirs kept
     */
    public record Outcome(int added, int updated, int removed, int unchanged, int requests, List<String> notes) {
    }

    /**
     * What a collection that sync makes is like: its display name, and the person's zone, whose VTIMEZONE from the
     * calendar file becomes its {@code calendar-timezone} (the zone clients show events without a TZID in).
     */
    public record NewCalendar(String displayName, ZoneId zone) {
    }

    /** How long a sync waits for another sync of the same calendar, which sends a request per changed session. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private Sync() {
    }

    /**
     * @param calendar the local calendar file footplan just wrote
     * @param made     what the collection is like when sync has to make it
     * @throws ServerException           when the server cannot be reached or refuses
     * @throws footplan.UserInputException when the local files cannot be read or written
     */
    public static Outcome run(Path calendar, Account account, NewCalendar made, boolean force) {
        return run(calendar, new CalDav(account), made, force);
    }

    /**
     * As {@link #run(Path, Account, NewCalendar, boolean)}, showing each HTTP exchange on {@code trace}: method, URL,
     * status and headers, without the credentials.
     */
    public static Outcome run(Path calendar, Account account, NewCalendar made, boolean force,
            PrintWriter trace) {
        return run(calendar, new CalDav(account, CalDav.CONNECT, CalDav.REQUEST, trace), made, force);
    }

    static Outcome run(Path calendar, CalDav dav, NewCalendar made, boolean force) {
        try (var lock = CalendarLock.forSync(calendar, LOCK_WAIT)) {
            return locked(calendar, dav, made, force);
        }
    }

    private static Outcome locked(Path calendar, CalDav dav, NewCalendar made, boolean force) {
        var account = dav.account();
        var events = EventResources.of(calendar);
        var notes = new ArrayList<String>();
        var record = SyncRecord.read(calendar, account.collection().toString());
        var isCalendar = dav.isCalendar();
        if (isCalendar.isEmpty()) {
            dav.makeCalendar(made.displayName(), EventResources.timezone(calendar, made.zone()));
            notes.add("Made the calendar " + account.collection());
            // A calendar deleted and made again: what footplan wrote to the old one is gone with it, and its
            // sessions are not deletions of the person's to keep.
            record.entries.clear();
        } else if (!isCalendar.get()) {
            throw new ServerException(account.collection() + ": not a calendar collection; give the address of a"
                    + " calendar, or of a new one to make");
        }
        int created = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        try {
            Map<String, String> server = dav.etags();
            for (var event : events.values()) {
                var uri = dav.resource(event.uid());
                var etag = server.get(uri.getPath());
                var mine = record.entries.get(event.uid());
                var hash = SyncRecord.hash(event.text());
                if (mine == null) {
                    if (etag != null || event.cancelled()) {
                        continue; // not ours, or nothing to do
                    }
                    var answer = dav.put(uri, event.text(), Map.of("If-None-Match", "*"));
                    if (answer.status() == 412) {
                        continue; // someone else's resource appeared meanwhile
                    }
                    record.entries.put(event.uid(), new SyncRecord.Entry(etagAfter(dav, uri, answer), hash, false));
                    created++;
                    continue;
                }
                if (etag == null) {
                    if (event.cancelled() || !force) {
                        if (!event.cancelled() && !mine.theirs()) {
                            notes.add("Kept your deletion of " + day(event.start().toLocalDate()));
                            record.entries.put(event.uid(), new SyncRecord.Entry("", mine.hash(), true));
                        }
                        if (event.cancelled()) {
                            record.entries.remove(event.uid());
                        }
                        continue;
                    }
                    var answer = dav.put(uri, event.text(), Map.of("If-None-Match", "*"));
                    if (answer.status() != 412) {
                        record.entries.put(event.uid(), new SyncRecord.Entry(etagAfter(dav, uri, answer), hash, false));
                        created++;
                    }
                    continue;
                }
                boolean theirs = !etag.equals(mine.etag()) || mine.theirs();
                if (theirs && !force) {
                    if (!mine.theirs() || !etag.equals(mine.etag())) {
                        var text = dav.get(uri).body();
                        var date = EventResources.startDate(text).orElse(event.start().toLocalDate());
                        notes.add("Kept your change to " + day(date));
                        record.entries.put(event.uid(), new SyncRecord.Entry(etag, mine.hash(), true));
                    }
                    continue;
                }
                if (event.cancelled()) {
                    var answer = dav.delete(uri, etag);
                    if (answer.status() == 412) {
                        continue;
                    }
                    record.entries.remove(event.uid());
                    deleted++;
                    continue;
                }
                if (!theirs && hash.equals(mine.hash())) {
                    unchanged++;
                    continue;
                }
                var answer = dav.put(uri, event.text(), Map.of("If-Match", etag));
                if (answer.status() == 412) {
                    notes.add("Kept your change to " + day(event.start().toLocalDate()));
                    continue;
                }
                record.entries.put(event.uid(), new SyncRecord.Entry(etagAfter(dav, uri, answer), hash, false));
                updated++;
            }
        } finally {
            record.write(); // what was written stays recorded, also when a later request failed
        }
        return new Outcome(created, updated, deleted, unchanged, dav.writes, List.copyOf(notes));
    }

    private static String etagAfter(CalDav dav, java.net.URI uri, CalDav.Answer answer) {
        return answer.etag().orElseGet(() -> dav.etags().getOrDefault(uri.getPath(), ""));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
