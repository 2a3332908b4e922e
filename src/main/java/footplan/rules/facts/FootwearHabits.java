package footplan.rules.facts;

import java.util.Collection;
import java.util.stream.Collectors;

/** Words for a group of habits, for reasons that name them. */
public final class FootwearHabits {

    private FootwearHabits() {
    }

    /** e.g. "high heels (your answer) and pointed or narrow shoes (your notes)". */
    public static String describe(Collection<FootwearHabit> habits) {
        return habits.stream()
                .sorted(java.util.Comparator.comparing(FootwearHabit::habit))
                .map(FootwearHabit::reason)
                .collect(Collectors.joining(" "));
    }
}
