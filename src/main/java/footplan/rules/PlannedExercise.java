package footplan.rules;

import java.util.List;

/**
 * One exercise of one week's routine, dosed for the person, in the variant they do.
 *
 * @param id          catalogue id, e.g. {@code heel-raises}
 * @param name        the title of the variant done, e.g. "Heel raises on both feet, holding a chair"
 * @param position    the variant's position
 * @param adaptation  why the exercise is done another way than the article's, naming the answers, or null when it
 *                    is done as described
 * @param holdSeconds seconds per hold or per walk, 0 when the exercise has none
 * @param perSide     whether sets are done with each leg or foot in turn
 * @param dosage      the dose in the variant's words, e.g. "2 sets of 10 slow raises on each leg"
 * @param seconds     estimated time it takes, rests and changing sides included
 * @param steps       the variant's steps
 * @param reasons     why it is in the routine and dosed this way, naming the answers
 * @param variant     the id of the variant in {@code exercises.yaml}, or null when done as described
 */
public record PlannedExercise(String id, String name, Position position, String adaptation, int sets, int reps,
                              int holdSeconds, boolean perSide, String dosage, int seconds, List<String> steps,
                              List<String> reasons, String variant) {

    public PlannedExercise {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
    }

    /** An exercise done as the article describes it, or labelled adapted with no variant id (as in tests). */
    public PlannedExercise(String id, String name, Position position, String adaptation, int sets, int reps,
                           int holdSeconds, boolean perSide, String dosage, int seconds, List<String> steps,
                           List<String> reasons) {
        this(id, name, position, adaptation, sets, reps, holdSeconds, perSide, dosage, seconds, steps, reasons, null);
    }

    public boolean adapted() {
        return adaptation != null;
    }
}
