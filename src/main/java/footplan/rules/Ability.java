package footplan.rules;

import footplan.answers.Abilities;
import java.util.Locale;
import java.util.function.Predicate;

/** What an exercise can ask the person to do, as the answers under {@code abilities} say whether they can. */
public enum Ability {
    STAND_ON_ONE_LEG(Abilities::standOnOneLeg, "stand on one leg"),
    LIE_ON_FLOOR(Abilities::lieOnFloor, "lie on the floor and get up again"),
    SIT_ON_FLOOR(Abilities::sitOnFloor, "sit on the floor and get up again");

    private final Predicate<Abilities> answer;
    private final String label;

    Ability(Predicate<Abilities> answer, String label) {
        this.answer = answer;
        this.label = label;
    }

    /** In words, e.g. "sit on the floor and get up again". */
    public String label() {
        return label;
    }

    /** The key in answers files and in {@code exercises.yaml}, e.g. {@code sit_on_floor}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the person said they can. */
    public boolean in(Abilities abilities) {
        return answer.test(abilities);
    }
}
