package footplan.ics;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Settles each session against the previous file: same UID; SEQUENCE and DTSTAMP kept when nothing changed,
 * raised and renewed when something did; sessions that are gone kept as CANCELLED.
 */
final class Reconciler {

    /** An event to write and what it says about its session. */
    record Written(SessionEvent session, VEvent component) {
    }

    /** The events in time order and how they differ from the previous file. */
    record Outcome(List<Written> events, CalendarChanges changes) {
    }

    private static final Comparator<Written> TIME_ORDER = Comparator
            .comparing((Written w) -> w.session().start().toInstant())
            .thenComparingInt(w -> w.session().week())
            .thenComparingInt(w -> w.session().slot());

    private final Instant stamp;
    private final List<Written> events = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> moved = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();

    private Reconciler(Instant stamp) {
        this.stamp = stamp;
    }

    /**
     * @param drafts   the sessions to write
     * @param previous the previous file, or empty for a new program
     * @param stamp    DTSTAMP of new and changed events
     */
    static Outcome reconcile(List<Draft> drafts, Optional<ParsedCalendar> previous, Instant stamp) {
        var reconciler = new Reconciler(stamp);
        var before = new LinkedHashMap<String, ParsedCalendar.ParsedEvent>();
        previous.ifPresent(p -> p.events().forEach(e -> before.put(e.session().uid(), e)));
        for (var draft : drafts) {
            reconciler.settle(draft, Optional.ofNullable(before.remove(draft.uid())));
        }
        before.values().forEach(reconciler::cancel);
        reconciler.events.sort(TIME_ORDER);
        var exercises = previous.map(p -> ExerciseChanges.between(p, drafts)).orElse(ExerciseChanges.NONE);
        return new Outcome(List.copyOf(reconciler.events), new CalendarChanges(reconciler.added, reconciler.moved,
                reconciler.changed, reconciler.cancelled, exercises.added(), exercises.dropped()));
    }

    private void settle(Draft draft, Optional<ParsedCalendar.ParsedEvent> previous) {
        if (previous.isEmpty()) {
            var written = write(draft, 0, stamp);
            added.add(ChangeWords.on(written.session()));
            return;
        }
        var before = previous.get();
        int sequence = before.session().sequence();
        if (before.session().cancelled()) {
            added.add(ChangeWords.restored(write(draft, sequence + 1, stamp).session()));
        } else if (sameContent(draft, before)) {
            write(draft, sequence, before.component().<DtStamp>getProperty(Property.DTSTAMP).orElseThrow().getDate());
        } else {
            var after = write(draft, sequence + 1, stamp);
            describeChange(before, after);
        }
    }

    private boolean sameContent(Draft draft, ParsedCalendar.ParsedEvent before) {
        return Events.content(Events.confirmed(draft, 0, stamp)).equals(Events.content(before.component()));
    }

    private void describeChange(ParsedCalendar.ParsedEvent before, Written after) {
        var aspects = new ArrayList<String>();
        long minutesBefore = minutes(before.session());
        long minutesAfter = minutes(after.session());
        if (minutesBefore != minutesAfter) {
            aspects.add(ChangeWords.length(minutesBefore, minutesAfter));
        }
        if (!Events.sameExercises(before.component(), after.component())) {
            aspects.add("exercises or dosage changed");
        }
        if (!Events.sameReminder(before.component(), after.component())) {
            aspects.add("reminder changed");
        }
        if (!Events.sameStart(before.component(), after.component())) {
            var words = ChangeWords.moved(before.session(), after.session());
            moved.add(aspects.isEmpty() ? words : words + "; " + String.join(", ", aspects));
        } else {
            changed.add(ChangeWords.on(after.session()) + ": "
                    + (aspects.isEmpty() ? "details changed" : String.join(", ", aspects)));
        }
    }

    private void cancel(ParsedCalendar.ParsedEvent before) {
        var session = before.session();
        if (session.cancelled()) {
            events.add(new Written(session, before.component()));
            return;
        }
        var gone = new SessionEvent(session.uid(), session.sequence() + 1, SessionEvent.Status.CANCELLED,
                session.week(), session.slot(), session.start(), session.end());
        events.add(new Written(gone, Events.cancelled(before.component(), gone.sequence(), stamp)));
        cancelled.add(ChangeWords.on(session));
    }

    private Written write(Draft draft, int sequence, Instant dtstamp) {
        var session = new SessionEvent(draft.uid(), sequence, SessionEvent.Status.CONFIRMED, draft.week(),
                draft.slot(), draft.start(), draft.end());
        var written = new Written(session, Events.confirmed(draft, sequence, dtstamp));
        events.add(written);
        return written;
    }

    private static long minutes(SessionEvent session) {
        return Duration.between(session.start(), session.end()).toMinutes();
    }

    /** Exercise ids only the new sessions have, and ids only the previous confirmed sessions had. */
    private record ExerciseChanges(List<String> added, List<String> dropped) {

        static final ExerciseChanges NONE = new ExerciseChanges(List.of(), List.of());

        static ExerciseChanges between(ParsedCalendar previous, List<Draft> drafts) {
            var before = new LinkedHashSet<String>();
            previous.events().stream().filter(e -> !e.session().cancelled())
                    .sorted(Comparator.comparing(e -> e.session().start().toInstant()))
                    .forEach(e -> before.addAll(e.exercises()));
            var after = new LinkedHashSet<String>();
            drafts.forEach(d -> after.addAll(d.exercises()));
            var added = new ArrayList<>(after);
            added.removeAll(before);
            var dropped = new ArrayList<>(before);
            dropped.removeAll(after);
            return new ExerciseChanges(added, dropped);
        }
    }
}
