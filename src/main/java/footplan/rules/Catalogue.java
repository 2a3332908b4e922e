package footplan.rules;

import footplan.rules.facts.Exercise;
import java.util.List;
import java.util.Optional;

/** The exercises of the knowledge base, in the article's order. */
public record Catalogue(List<Exercise> exercises) {

    public Catalogue {
        exercises = List.copyOf(exercises);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    Exercise get(String id) {
        return find(id).orElseThrow(() -> new RulesException("a rule names exercise \"" + id
                + "\", which is not in exercises.yaml"));
    }
}
