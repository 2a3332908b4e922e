package footplan.rules;

import footplan.rules.facts.Exercise;
import java.util.List;
import java.util.Optional;

/** The exercises of the knowledge base, in the article's order. */
public record Catalogue(List<Exercise> exercises) {

    public Catalogue {
        exercises = List.copyOf(exercises);
    }

    Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** An exercise the rules named; RuleRun has already refused any id that is not in the catalogue. */
    Exercise get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no exercise \"" + id + "\" in the catalogue"));
    }
}
