package footplan.plan;

import footplan.rules.Catalogue;
import footplan.answers.Equipment;
import footplan.rules.Ability;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.Variant;
import java.util.Map;

/** The exercise catalogue as one JSON document: each exercise, its variants, steps and the article's ranges. */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public static String of(Catalogue catalogue) {
        Map<String, Object> doc = Json.object();
        doc.put("exercises", catalogue.exercises().stream().map(CatalogueJson::exercise).toList());
        return Json.write(doc);
    }

    private static Map<String, Object> exercise(Exercise e) {
        Map<String, Object> x = variant(e.asDescribed());
        x.put("id", e.id());
        x.put("name", e.title());
        x.put("benefit", e.benefit());
        x.put("variants", e.variants().stream().map(CatalogueJson::variant).toList());
        return x;
    }

    private static Map<String, Object> variant(Variant v) {
        Map<String, Object> x = Json.object();
        x.put("id", v.id());
        x.put("name", v.name());
        x.put("position", v.position().label());
        x.put("needs", v.needs().stream().map(Ability::key).toList());
        x.put("uses", v.uses().stream().map(Equipment::key).toList());
        x.put("steps", v.steps());
        x.put("dosage", v.dosage().describeRanges());
        return x;
    }
}
