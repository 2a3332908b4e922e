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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Settles each session against the previous file: same UID; SEQUENCE and DTSTAMP kept when nothing changed,
 * raised and renewed when something did; sessions that are gone kept as CANCELLED.
 *
 * <p><b>History is fixed.</b> A UID is (program, week, slot), and weeks are counted from the start date, so the
 * new answers can put the same UID at another date, or a UID at a date that already passed. The rule:
 * <ol>
 *   <li>A previous event that starts before now is history: it is written exactly as it was (same bytes, DTSTAMP
 *       and SEQUENCE, confirmed or cancelled), whatever the new answers say.</li>
 *   <li>Its (week, slot) has then taken place: the new answers' session with that UID is not planned again, even
 *       when it would now fall after now. It is reported as left out. So a week never has more sessions than it
 *       asks for: moving the time later on the day of a session that is already past does not add a second
 *       one.</li>
 *   <li>A previous event from now on follows the new answers: kept, changed or moved under its UID; cancelled
 *       when the new answers have no session for its (week, slot), or put that session before now.</li>
 *   <li>A session of the new answers whose UID the previous file does not have is added when it starts from now
 *       on. One that starts before now is not written: a rerun does not make up history. Only a program with
 *       nothing before it (a first run, no program replaced) writes its sessions before now.</li>
 * </ol>
 * What that means for a change of the answers:
 * <ul>
 *   <li><b>Time or days</b>: the sessions from now on move; the past ones stay where they were.</li>
 *   <li><b>Sessions per week, 3 to 2</b>: from now on, the third session of each week is cancelled. <b>2 to
 *       3</b>: a third session is added from now on; past weeks keep the two they had.</li>
 *   <li><b>Start date</b>: weeks are counted from the new start, so a session of the new answers whose week
 *       and slot were already used in the past is left out (and listed as such), and the weeks go on with their
 *       own dose. To begin again at week 1, start a new program ({@code --fresh}).</li>
 *   <li><b>Weeks</b>: more weeks add sessions at the end; fewer cancel the sessions ahead that are gone.</li>
 * </ul>
 *
 * <p><b>A new program that replaces one</b> carries the old program's events from now on, cancelled (SEQUENCE +
 * 1, no reminder), so that importing the new file removes them where the old one was imported. The old program's
 * past sessions are not carried, and the new program's sessions before now are not written either: the old
 * program's past sessions are what happened.
 *
 * <p><b>SEQUENCE never goes down.</b> A changed or cancelled event gets one more than the higher of its SEQUENCE
 * in the file and in the {@link SequenceRecord}. An event ahead whose SEQUENCE in the file is below the record
 * (the file is an older copy, such as a restored backup) is written again with the next number, even when the
 * new answers say what the file says: the apps have seen the later version.
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
            .thenComparingInt(w -> w.session().slot())
            .thenComparing(w -> w.session().uid());

    private final Instant now;
    private final Instant stamp;
    private final Map<String, Integer> record;
    private final List<Written> events = new ArrayList<>();
    private final List<Draft> confirmed = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> moved = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private int pastKept;

    private Reconciler(Instant now, Instant stamp, Map<String, Integer> record) {
        this.now = now;
        this.stamp = stamp;
        this.record = record;
    }

    /**
     * @param drafts   the sessions of the new answers
     * @param previous the previous file, or empty for a new program
     * @param replaced for a new program, the program it replaces, or empty
     * @param record   the highest SEQUENCE written so far for each UID ({@link SequenceRecord})
     * @param now      sessions that start before it are history
     * @param stamp    DTSTAMP of new and changed events
     */
    static Outcome reconcile(List<Draft> drafts, Optional<ParsedCalendar> previous, Optional<ParsedCalendar> replaced,
                             Map<String, Integer> record, Instant now, Instant stamp) {
        var reconciler = new Reconciler(now, stamp, record);
        boolean history = previous.isPresent() || replaced.isPresent();
        var before = new LinkedHashMap<String, ParsedCalendar.ParsedEvent>();
        previous.ifPresent(p -> p.events().forEach(e -> before.put(e.session().uid(), e)));
        for (var draft : drafts) {
            reconciler.settle(draft, Optional.ofNullable(before.remove(draft.uid())), history);
        }
        for (var rest : before.values()) {
            if (reconciler.past(rest.session())) {
                reconciler.keep(rest);
            } else {
                reconciler.cancel(rest, "");
            }
        }
        var written = reconciler.events.stream().map(w -> w.session().uid()).collect(Collectors.toSet());
        replaced.ifPresent(old -> old.events().stream()
                .filter(e -> !reconciler.past(e.session()) && !written.contains(e.session().uid()))
                .forEach(e -> reconciler.cancel(e, " (the program this one replaces)")));
        reconciler.events.sort(TIME_ORDER);
        var exercises = previous.map(p -> ExerciseChanges.between(reconciler.ahead(p), reconciler.confirmed))
                .orElse(ExerciseChanges.NONE);
        return new Outcome(List.copyOf(reconciler.events), new CalendarChanges(reconciler.added, reconciler.moved,
                reconciler.changed, reconciler.cancelled, exercises.added(), exercises.dropped(),
                reconciler.pastKept, reconciler.leftOut));
    }

    /** The rule of the class comment, for one session of the new answers. */
    private void settle(Draft draft, Optional<ParsedCalendar.ParsedEvent> previous, boolean history) {
        if (previous.isEmpty()) {
            if (!history || !past(draft)) {
                added.add(ChangeWords.on(write(draft, 0, stamp).session()));
            }
            return;
        }
        var before = previous.get();
        if (past(before.session())) {
            keep(before);
            if (!past(draft)) {
                leftOut.add(ChangeWords.leftOut(draft.week(), draft.slot(), draft.start(), before.session()));
            }
            return;
        }
        if (past(draft)) {
            cancel(before, " (its new time, " + ChangeWords.when(draft.start()) + ", is already past)");
            return;
        }
        int sequence = before.session().sequence();
        int next = Math.max(sequence, recorded(before)) + 1;
        if (before.session().cancelled()) {
            added.add(ChangeWords.restored(write(draft, next, stamp).session()));
        } else if (sameContent(draft, before) && recorded(before) <= sequence) {
            write(draft, sequence, before.component().<DtStamp>getProperty(Property.DTSTAMP).orElseThrow().getDate());
        } else if (sameContent(draft, before)) {
            changed.add(ChangeWords.on(write(draft, next, stamp).session())
                    + ": written again with a higher SEQUENCE (the file is older than the last one footplan wrote)");
        } else {
            describeChange(before, write(draft, next, stamp));
        }
    }

    private boolean past(SessionEvent session) {
        return session.start().toInstant().isBefore(now);
    }

    private boolean past(Draft draft) {
        return draft.start().toInstant().isBefore(now);
    }

    private int recorded(ParsedCalendar.ParsedEvent event) {
        return record.getOrDefault(event.session().uid(), 0);
    }

    /** The previous file's events from now on. */
    private List<ParsedCalendar.ParsedEvent> ahead(ParsedCalendar previous) {
        return previous.events().stream().filter(e -> !past(e.session())).toList();
    }

    /** History: the event as it was, byte for byte. */
    private void keep(ParsedCalendar.ParsedEvent event) {
        events.add(new Written(event.session(), event.component()));
        if (!event.session().cancelled()) {
            pastKept++;
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

    /**
     * Marks an event ahead cancelled, with the next SEQUENCE and no reminder. One already cancelled stays as it
     * is, unless the record says the apps have seen a later version of it.
     */
    private void cancel(ParsedCalendar.ParsedEvent before, String why) {
        var session = before.session();
        int recorded = recorded(before);
        if (session.cancelled() && recorded <= session.sequence()) {
            events.add(new Written(session, before.component()));
            return;
        }
        var gone = new SessionEvent(session.uid(), Math.max(session.sequence(), recorded) + 1,
                SessionEvent.Status.CANCELLED, session.week(), session.slot(), session.start(), session.end());
        events.add(new Written(gone, Events.cancelled(before.component(), gone.sequence(), stamp)));
        if (!session.cancelled()) {
            cancelled.add(ChangeWords.on(session) + why);
        }
    }

    private Written write(Draft draft, int sequence, Instant dtstamp) {
        var session = new SessionEvent(draft.uid(), sequence, SessionEvent.Status.CONFIRMED, draft.week(),
                draft.slot(), draft.start(), draft.end());
        var written = new Written(session, Events.confirmed(draft, sequence, dtstamp));
        events.add(written);
        confirmed.add(draft);
        return written;
    }

    private static long minutes(SessionEvent session) {
        return Duration.between(session.start(), session.end()).toMinutes();
    }

    /**
     * Exercise ids only the new sessions ahead have, and ids only the previous confirmed sessions ahead had: the
     * past keeps its exercises. When every session ahead was cancelled (a referral), their exercises are the ones
     * compared: a routine that resumes has not gained every exercise.
     */
    private record ExerciseChanges(List<String> added, List<String> dropped) {

        static final ExerciseChanges NONE = new ExerciseChanges(List.of(), List.of());

        static ExerciseChanges between(List<ParsedCalendar.ParsedEvent> previous, List<Draft> drafts) {
            var before = new LinkedHashSet<String>();
            boolean anyConfirmed = previous.stream().anyMatch(e -> !e.session().cancelled());
            previous.stream().filter(e -> !anyConfirmed || !e.session().cancelled())
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
