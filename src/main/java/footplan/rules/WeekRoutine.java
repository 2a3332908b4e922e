package footplan.rules;

import java.util.List;
import java.util.Optional;

/**
 * The exercises of every session in one program week, in the order they are done.
 *
 * @param week        1-based program week
 * @param minutes     estimated minutes of one session, never above the person's budget
 * @param progression how the check-ins set this week's doses; empty for a routine made without check-ins
 */
public record WeekRoutine(int week, int minutes, List<PlannedExercise> exercises, Optional<Progression> progression) {

    public WeekRoutine {
        exercises = List.copyOf(exercises);
    }

    /** A week of a routine made without check-ins. */
    public WeekRoutine(int week, int minutes, List<PlannedExercise> exercises) {
        this(week, minutes, exercises, Optional.empty());
    }
}
