package footplan.rules.facts;

import footplan.answers.Equipment;
import footplan.rules.Ability;
import footplan.rules.Position;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One way to do an exercise: as the article describes it, or one of the versions in {@code exercises.yaml} that a
 * rule chooses for a person who cannot do it that way. Its words are its own; nothing patches them.
 *
 * @param id     {@value #AS_DESCRIBED} for the article's way, else the variant's id in the catalogue
 * @param name   the title a person reads, e.g. "Tibialis anterior without a band, sitting on a chair"
 * @param needs  what the person must be able to do
 * @param uses   the equipment it uses
 * @param dosage the exercise's dosage ranges, with this variant's sides and words
 */
public record Variant(String id, String name, Position position, Set<Ability> needs, Set<Equipment> uses,
                      List<String> steps, Dosage dosage) {

    /** The id of the exercise done as the article describes it. */
    public static final String AS_DESCRIBED = "as-described";

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(dosage, "dosage");
        needs = Collections.unmodifiableSet(needs.isEmpty() ? EnumSet.noneOf(Ability.class) : EnumSet.copyOf(needs));
        uses = Collections.unmodifiableSet(uses.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(uses));
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a variant needs steps");
        }
    }

    public boolean asDescribed() {
        return id.equals(AS_DESCRIBED);
    }
}
