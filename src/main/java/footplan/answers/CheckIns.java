package footplan.answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the person has told us about their sessions: at most one check-in per date, oldest first.
 *
 * <p>Whether each date is a session of the program is not known here; that needs the schedule, so
 * {@link CheckInsFile#checkSessions} checks it once the sessions are planned.
 */
public record CheckIns(List<CheckIn> entries) {

    private static final CheckIns NONE = new CheckIns(List.of());

    /**
     * @throws IllegalArgumentException when two check-ins have the same date
     */
    public CheckIns {
        List<CheckIn> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CheckIn::date));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException("two check-ins for " + sorted.get(i).date());
            }
        }
        entries = List.copyOf(sorted);
    }

    /** No check-ins yet: what a missing check-ins file means. */
    public static CheckIns none() {
        return NONE;
    }

    public static CheckIns of(CheckIn... entries) {
        return new CheckIns(List.of(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The check-in of a date, if there is one. */
    public Optional<CheckIn> on(LocalDate date) {
        return entries.stream().filter(c -> c.date().equals(date)).findFirst();
    }

    /** These check-ins with {@code checkIn} added, or in place of the one of its date: checking in again corrects. */
    public CheckIns with(CheckIn checkIn) {
        List<CheckIn> changed = new ArrayList<>(entries);
        changed.removeIf(c -> c.date().equals(checkIn.date()));
        changed.add(checkIn);
        return new CheckIns(changed);
    }

    /** These check-ins without the one of a date. */
    public CheckIns without(LocalDate date) {
        List<CheckIn> changed = new ArrayList<>(entries);
        changed.removeIf(c -> c.date().equals(date));
        return new CheckIns(changed);
    }
}
