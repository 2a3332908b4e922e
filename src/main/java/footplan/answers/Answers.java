package footplan.answers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the person told us: the input of a plan.
 *
 * @param name           optional; the title of the calendar, empty when not given
 * @param sessionMinutes time budget of one session, 10-40
 */
public record Answers(String name, Pain pain, Safety safety, Footwear footwear, Abilities abilities,
                      Set<Equipment> equipment, int sessionMinutes, Schedule schedule) {

    public static final int MIN_SESSION_MINUTES = 10;
    public static final int MAX_SESSION_MINUTES = 40;

    public Answers {
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(footwear, "footwear");
        Objects.requireNonNull(abilities, "abilities");
        Objects.requireNonNull(schedule, "schedule");
        equipment = Collections.unmodifiableSet(
                equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment));
        if (sessionMinutes < MIN_SESSION_MINUTES || sessionMinutes > MAX_SESSION_MINUTES) {
            throw new IllegalArgumentException("session minutes must be 10-40, was " + sessionMinutes);
        }
    }

    public boolean has(Equipment item) {
        return equipment.contains(item);
    }
}
