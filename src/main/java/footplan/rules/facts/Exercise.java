package footplan.rules.facts;

import footplan.answers.Equipment;
import footplan.rules.Ability;
import footplan.rules.Position;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise of the catalogue in {@code rules/exercises.yaml}: as the article describes it, and its variants.
 *
 * @param index    place in the catalogue, the last tie-breaker wherever an order is needed
 * @param name     what it is called whichever way it is done, e.g. "Tibialis anterior"
 * @param title    the title of the way the article describes it, e.g. "Tibialis anterior with a band"
 * @param needs    what the person must be able to do for it as the article describes it
 * @param uses     equipment the exercise uses as the article describes it
 * @param benefit  what it is good for, in our words
 * @param variants other ways to do it, which adaptation rules choose; each keeps these dosage ranges and timing
 */
public record Exercise(String id, int index, String name, String title, Position position, Set<Ability> needs,
                       Set<Equipment> uses, String benefit, List<String> steps, Dosage dosage, Timing timing,
                       List<Variant> variants) {

    public Exercise {
        needs = Collections.unmodifiableSet(needs.isEmpty() ? EnumSet.noneOf(Ability.class) : EnumSet.copyOf(needs));
        uses = Collections.unmodifiableSet(uses.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(uses));
        steps = List.copyOf(steps);
        variants = List.copyOf(variants);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an exercise needs steps");
        }
        Set<String> ids = new HashSet<>();
        for (Variant variant : variants) {
            if (variant.asDescribed() || !ids.add(variant.id())) {
                throw new IllegalArgumentException("variant \"" + variant.id() + "\" appears twice or names the"
                        + " exercise as described; variant ids must be unique and not " + Variant.AS_DESCRIBED);
            }
            if (!variant.dosage().sets().equals(dosage.sets()) || !variant.dosage().reps().equals(dosage.reps())
                    || !variant.dosage().holdSeconds().equals(dosage.holdSeconds())) {
                throw new IllegalArgumentException("variant \"" + variant.id() + "\" changes the dosage ranges;"
                        + " a variant keeps the exercise's");
            }
        }
    }

    public boolean uses(Equipment item) {
        return uses.contains(item);
    }

    /** The exercise as the article describes it. */
    public Variant asDescribed() {
        return new Variant(Variant.AS_DESCRIBED, title, position, needs, uses, steps, dosage);
    }

    /** The variant of that id, or the exercise as described for {@value Variant#AS_DESCRIBED}. */
    public Optional<Variant> variant(String variantId) {
        if (Variant.AS_DESCRIBED.equals(variantId)) {
            return Optional.of(asDescribed());
        }
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /**
     * The way this person does it: the variant an adaptation rule chose, else as described. More than one choice
     * is a mistake in the rules, which the routine refuses; here the first counts.
     *
     * @param adaptations the exercise's {@link Adaptation} facts, as a rule collects them
     */
    public Variant chosen(Collection<?> adaptations) {
        return adaptations.stream()
                .filter(Adaptation.class::isInstance)
                .map(Adaptation.class::cast)
                .filter(a -> a.exerciseId().equals(id))
                .findFirst()
                .map(a -> variant(a.variantId()).orElseThrow(() -> new IllegalStateException(
                        "no variant \"" + a.variantId() + "\" of " + id)))
                .orElseGet(this::asDescribed);
    }
}
