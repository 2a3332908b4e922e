package footplan.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import footplan.answers.Equipment;
import footplan.rules.facts.Dosage;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.Range;
import footplan.rules.facts.Timing;
import footplan.rules.facts.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code exercises.yaml} strictly, so a typo in the knowledge base is reported, not guessed around. */
final class CatalogueReader {

    private static final Set<String> EXERCISE_KEYS =
            Set.of("id", "name", "title", "position", "needs", "uses", "benefit", "steps", "dosage", "timing",
                    "variants");
    private static final Set<String> DOSAGE_KEYS = Set.of("sets", "reps", "hold_seconds", "per_side", "text");
    private static final Set<String> VARIANT_KEYS =
            Set.of("id", "name", "position", "needs", "uses", "steps", "dosage");
    /** A variant keeps the exercise's ranges: it may only say how the sides go and put the dose in its own words. */
    private static final Set<String> VARIANT_DOSAGE_KEYS = Set.of("per_side", "text");
    private static final Set<String> TIMING_KEYS = Set.of("setup", "seconds_per_rep", "rest_per_set");

    private final String file;

    private CatalogueReader(String file) {
        this.file = file;
    }

    static Catalogue read(String yaml, String file) {
        return new CatalogueReader(file).parse(yaml);
    }

    private Catalogue parse(String yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JacksonException e) {
            throw fail("", "is not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw fail("", "must be a list of exercises");
        }
        List<Exercise> exercises = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root) {
            Exercise exercise = exercise(node, exercises.size());
            if (!ids.add(exercise.id())) {
                throw fail(exercise.id(), "appears twice; exercise ids must be unique");
            }
            exercises.add(exercise);
        }
        return new Catalogue(exercises);
    }

    private Exercise exercise(JsonNode node, int index) {
        String where = "exercise " + (index + 1);
        requireObject(node, where, EXERCISE_KEYS);
        String id = text(node, "id", where);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw fail(id + ".id", "must be lowercase letters, digits and dashes");
        }
        Dosage dosage = dosage(node.get("dosage"), id + ".dosage");
        try {
            String name = text(node, "name", id);
            String title = node.has("title") ? text(node, "title", id) : name;
            return new Exercise(id, index, name, title, position(node, id), needs(node, id), uses(node, id),
                    text(node, "benefit", id), textList(node, "steps", id), dosage,
                    timing(node.get("timing"), id + ".timing"), variants(node.get("variants"), id, dosage));
        } catch (IllegalArgumentException e) {
            throw fail(id, e.getMessage());
        }
    }

    /** The exercise's variants; none when the key is absent. */
    private List<Variant> variants(JsonNode node, String id, Dosage dosage) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(id + ".variants", "must be a list of variants");
        }
        List<Variant> variants = new ArrayList<>();
        for (JsonNode item : node) {
            String where = id + ".variants[" + variants.size() + "]";
            requireObject(item, where, VARIANT_KEYS);
            String variantId = text(item, "id", where);
            if (!variantId.matches("[a-z][a-z0-9-]*") || variantId.equals(Variant.AS_DESCRIBED)) {
                throw fail(where + ".id", "must be lowercase letters, digits and dashes, and not "
                        + Variant.AS_DESCRIBED);
            }
            String at = id + ".variants." + variantId;
            try {
                variants.add(new Variant(variantId, text(item, "name", at), position(item, at), needs(item, at),
                        uses(item, at), textList(item, "steps", at), variantDosage(item.get("dosage"), at, dosage)));
            } catch (IllegalArgumentException e) {
                throw fail(at, e.getMessage());
            }
        }
        return variants;
    }

    /** The exercise's dosage with the variant's sides and words, when it gives them. */
    private Dosage variantDosage(JsonNode node, String where, Dosage exercise) {
        if (node == null) {
            return exercise;
        }
        requireObject(node, where + ".dosage", VARIANT_DOSAGE_KEYS);
        JsonNode perSide = node.get("per_side");
        if (perSide != null && !perSide.isBoolean()) {
            throw fail(where + ".dosage.per_side", "must be true or false");
        }
        return new Dosage(exercise.sets(), exercise.reps(), exercise.holdSeconds(),
                perSide == null ? exercise.perSide() : perSide.booleanValue(),
                node.has("text") ? text(node, "text", where + ".dosage") : exercise.text());
    }

    private Set<Ability> needs(JsonNode node, String id) {
        Set<Ability> needs = EnumSet.noneOf(Ability.class);
        for (String item : textList(node, "needs", id)) {
            try {
                needs.add(Ability.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw fail(id + ".needs", "\"" + item + "\" is not one of stand_on_one_leg, lie_on_floor,"
                        + " sit_on_floor");
            }
        }
        return needs;
    }

    private Position position(JsonNode node, String id) {
        String value = text(node, "position", id);
        try {
            return Position.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(id + ".position", "\"" + value + "\" is not one of " + String.join(", ",
                    java.util.Arrays.stream(Position.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private Set<Equipment> uses(JsonNode node, String id) {
        Set<Equipment> uses = new HashSet<>();
        for (String item : textList(node, "uses", id)) {
            try {
                uses.add(Equipment.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw fail(id + ".uses", "\"" + item + "\" is not one of chair, band, towel");
            }
        }
        return uses;
    }

    private Dosage dosage(JsonNode node, String where) {
        requireObject(node, where, DOSAGE_KEYS);
        JsonNode perSide = node.get("per_side");
        if (perSide == null || !perSide.isBoolean()) {
            throw fail(where + ".per_side", "must be true or false");
        }
        return new Dosage(range(node, "sets", where), range(node, "reps", where), range(node, "hold_seconds", where),
                perSide.booleanValue(), text(node, "text", where));
    }

    private Range range(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isInt() || !node.get(1).isInt()) {
            throw fail(where + "." + key, "must be a range [low, high] of whole numbers");
        }
        try {
            return new Range(node.get(0).intValue(), node.get(1).intValue());
        } catch (IllegalArgumentException e) {
            throw fail(where + "." + key, e.getMessage());
        }
    }

    private Timing timing(JsonNode node, String where) {
        requireObject(node, where, TIMING_KEYS);
        return new Timing(integer(node, "setup", where), integer(node, "seconds_per_rep", where),
                integer(node, "rest_per_set", where));
    }

    private void requireObject(JsonNode node, String where, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(where, "must be a mapping with keys " + String.join(", ", allowed.stream().sorted().toList()));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(where + "." + name, "is not a known key; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private String text(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw fail(where + "." + key, "must be some text");
        }
        return node.textValue().strip();
    }

    private int integer(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isInt()) {
            throw fail(where + "." + key, "must be a whole number");
        }
        return node.intValue();
    }

    private List<String> textList(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw fail(where + "." + key, "must be a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw fail(where + "." + key, "must be a list of text");
            }
            items.add(item.textValue().strip());
        }
        return items;
    }

    private RulesException fail(String key, String message) {
        return new RulesException(file + ": " + (key.isEmpty() ? "" : key + ": ") + message);
    }
}
