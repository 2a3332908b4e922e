package footplan.rules.facts;

import footplan.answers.Equipment;
import footplan.rules.Position;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One exercise of the catalogue in {@code rules/exercises.yaml}.
 *
 * @param index    place in the catalogue, the last tie-breaker wherever an order is needed
 * @param uses     equipment the exercise uses as the article describes it
 * @param benefit  what it is good for, in our words
 */
public record Exercise(String id, int index, String name, Position position, Set<Equipment> uses, String benefit,
                       List<String> steps, Dosage dosage, Timing timing) {

    public Exercise {
        uses = Collections.unmodifiableSet(uses.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(uses));
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an exercise needs steps");
        }
    }

    public boolean uses(Equipment item) {
        return uses.contains(item);
    }
}
