package footplan.rules;

import java.util.List;

/**
 * One exercise of one week's routine, dosed for the person.
 *
 * @param id          catalogue id, e.g. {@code heel-raises}
 * @param adaptation  how the exercise is changed for this person, or null when done as described
 * @param holdSeconds seconds per hold or per walk, 0 when the exercise has none
 * @param perSide     whether sets are done with each leg or foot in turn
 * @param dosage      the dose in words, e.g. "2 sets of 10 raises, each leg"
 * @param seconds     estimated time it takes, rests and changing sides included
 * @param reasons     why it is in the routine and dosed this way, naming the answers
 */
public record PlannedExercise(String id, String name, Position position, String adaptation, int sets, int reps,
                              int holdSeconds, boolean perSide, String dosage, int seconds, List<String> steps,
                              List<String> reasons) {

    public PlannedExercise {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
    }

    public boolean adapted() {
        return adaptation != null;
    }
}
