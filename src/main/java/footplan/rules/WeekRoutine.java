package footplan.rules;

import java.util.List;

/**
 * The exercises of every session in one program week, in the order they are done.
 *
 * @param week    1-based program week
 * @param minutes estimated minutes of one session, never above the person's budget
 */
public record WeekRoutine(int week, int minutes, List<PlannedExercise> exercises) {

    public WeekRoutine {
        exercises = List.copyOf(exercises);
    }
}
