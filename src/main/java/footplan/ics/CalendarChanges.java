package footplan.ics;

import java.util.List;

/**
 * What a write changed compared with the previous calendar file, in plain words with dates, ready to print.
 *
 * @param added            sessions that are new, or back after having been cancelled
 * @param moved            sessions whose date or time changed
 * @param changed          sessions at the same time whose exercises, dosage, length or reminder changed
 * @param cancelled        sessions that no longer exist and are now marked cancelled; for a new program, the
 *                         sessions ahead of the program it replaces
 * @param exercisesAdded   exercise ids in the new calendar that no session of the previous one had
 * @param exercisesDropped exercise ids of the previous calendar that no session has any more
 * @param pastKept         sessions that started before now, kept exactly as they were
 * @param leftOut          sessions of the new answers that are not planned because that session of their week
 *                         already took place (see {@link Reconciler})
 */
public record CalendarChanges(List<String> added, List<String> moved, List<String> changed, List<String> cancelled,
                              List<String> exercisesAdded, List<String> exercisesDropped, int pastKept,
                              List<String> leftOut) {

    public CalendarChanges {
        added = List.copyOf(added);
        moved = List.copyOf(moved);
        changed = List.copyOf(changed);
        cancelled = List.copyOf(cancelled);
        exercisesAdded = List.copyOf(exercisesAdded);
        exercisesDropped = List.copyOf(exercisesDropped);
        leftOut = List.copyOf(leftOut);
        if (pastKept < 0) {
            throw new IllegalArgumentException("pastKept must not be negative, was " + pastKept);
        }
    }

    /**
     * True when no session and no exercise of the calendar changed. Sessions kept because they are past, and
     * sessions of the answers left out because their turn is past, change nothing in the file.
     */
    public boolean none() {
        return added.isEmpty() && moved.isEmpty() && changed.isEmpty() && cancelled.isEmpty()
                && exercisesAdded.isEmpty() && exercisesDropped.isEmpty();
    }
}
