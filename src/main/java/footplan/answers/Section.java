package footplan.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mapping of the answers file being read, knowing its key path, so that every complaint names the file,
 * the key and what is allowed there.
 */
final class Section {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "y", "n", "on", "off");

    private final String file;
    private final String path;
    private final ObjectNode node;
    /** Added to the complaint about a missing key, e.g. why the key is required. */
    private final String missingAdvice;
    /** Between the path and a key: "." in a section ({@code pain.level}), ": " in a list's entry. */
    private final String separator;
    /** Where the allowed keys are allowed, as the complaint about an unknown key says it. */
    private final String where;

    private Section(String file, String path, ObjectNode node, String missingAdvice) {
        this(file, path, node, missingAdvice, ".", path.isEmpty() ? "at the top" : "under " + path);
    }

    private Section(String file, String path, ObjectNode node, String missingAdvice, String separator, String where) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.missingAdvice = missingAdvice;
        this.separator = separator;
        this.where = where;
    }

    /** The whole file, which must be a mapping of the given keys. */
    static Section root(JsonNode root, String file, List<String> keys) {
        if (root == null) {
            throw new InvalidAnswersException(file, "", "is empty; run footplan questionnaire to fill it in,"
                    + " or see the README for the format");
        }
        if (!root.isObject()) {
            throw new InvalidAnswersException(file, "", "is not a YAML mapping of keys to values (it holds "
                    + show(root) + "); it starts with keys like name:, pain: and safety:");
        }
        Section section = new Section(file, "", (ObjectNode) root, "");
        section.allowOnly(keys);
        return section;
    }

    /**
     * One entry of a file that is a list of mappings, such as the check-ins: its keys are named after the entry,
     * {@code entry 3 (2027-01-13): pain_during}.
     *
     * @param label how messages name the entry, e.g. {@code entry 3 (2027-01-13)}
     * @param what  what one entry is, e.g. {@code a check-in}
     */
    static Section entry(JsonNode entry, String file, String label, String what, List<String> keys) {
        if (entry == null || entry.isNull()) {
            throw new InvalidAnswersException(file, label, "is empty; write " + what + " with the keys "
                    + String.join(", ", keys));
        }
        if (!entry.isObject()) {
            throw new InvalidAnswersException(file, label, "expected " + what + ", a mapping with the keys "
                    + String.join(", ", keys) + "; got " + show(entry));
        }
        Section section = new Section(file, label, (ObjectNode) entry, "", ": ", "in " + what);
        section.allowOnly(keys);
        return section;
    }

    /** A required mapping under {@code key} with exactly the given allowed keys. */
    Section section(String key, List<String> keys, String missingAdvice) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            String advice = missingAdvice.isEmpty() ? "add it with the keys " + String.join(", ", keys)
                    : missingAdvice + ": " + String.join(", ", keys);
            throw fail(key, (value == null ? "is missing; " : "is empty; ") + advice);
        }
        if (!value.isObject()) {
            throw fail(key, "expected a mapping with the keys " + String.join(", ", keys) + "; got " + show(value));
        }
        Section section = new Section(file, pathOf(key), (ObjectNode) value, missingAdvice);
        section.allowOnly(keys);
        return section;
    }

    /** Whether the key is given a value; a key left empty counts as not given, as for optional keys. */
    boolean has(String key) {
        return optional(key).isPresent();
    }

    boolean bool(String key) {
        JsonNode value = required(key, "true or false");
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String lower = value.asText().toLowerCase(Locale.ROOT);
        if (value.isTextual() && (lower.equals("true") || lower.equals("false"))) {
            throw fail(key, show(value) + " is text; write " + lower + " without quotes");
        }
        if (value.isTextual() && YAML11_BOOLEANS.contains(lower)) {
            throw fail(key, show(value) + " is not allowed here; write true or false");
        }
        throw fail(key, show(value) + " is not true or false");
    }

    int integer(String key, int min, int max) {
        return integer(key, required(key, "a whole number " + Values.range(min, max)), min, max);
    }

    Optional<Integer> optionalInteger(String key, int min, int max) {
        return optional(key).map(value -> integer(key, value, min, max));
    }

    <T> T text(String key, String what, TextParser<T> reader) {
        return text(key, required(key, what), what, reader);
    }

    <T> Optional<T> optionalText(String key, String what, TextParser<T> reader) {
        return optional(key).map(value -> text(key, value, what, reader));
    }

    /** A required list whose entries are read one by one; an entry may not appear twice. */
    <T> List<T> list(String key, String example, TextParser<T> reader) {
        return list(key, required(key, "a list such as " + example), example, reader);
    }

    <T> Optional<List<T>> optionalList(String key, String example, TextParser<T> reader) {
        return optional(key).map(value -> list(key, value, example, reader));
    }

    InvalidAnswersException fail(String key, String problem) {
        return new InvalidAnswersException(file, pathOf(key), problem);
    }

    private void allowOnly(List<String> keys) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                String hint = Suggest.closest(name, keys).map(s -> " did you mean " + s + "?").orElse("");
                throw fail(name, "unknown key;" + hint + " allowed " + where + ": " + String.join(", ", keys));
            }
        }
    }

    private JsonNode required(String key, String what) {
        JsonNode value = node.get(key);
        String advice = missingAdvice.isEmpty() ? "" : missingAdvice + "; ";
        if (value == null) {
            throw fail(key, "is missing; " + advice + "add " + key + ": with " + what);
        }
        if (value.isNull()) {
            throw fail(key, "is empty; " + advice + "write " + what);
        }
        return value;
    }

    /** Optional keys may be left out or left empty; both mean "use the default". */
    private Optional<JsonNode> optional(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private int integer(String key, JsonNode value, int min, int max) {
        String allowed = "allowed " + Values.range(min, max);
        if (value.isIntegralNumber()) {
            try {
                return Values.inRange(value.bigIntegerValue(), min, max);
            } catch (BadValue e) {
                throw fail(key, e.getMessage());
            }
        }
        if (value.isTextual() && WHOLE_NUMBER.matcher(value.asText().strip()).matches()) {
            throw fail(key, show(value) + " is text, not a number; write " + value.asText().strip()
                    + " without quotes");
        }
        throw fail(key, show(value) + " is not a whole number; " + allowed);
    }

    private <T> T text(String key, JsonNode value, String what, TextParser<T> reader) {
        if (!value.isValueNode()) {
            throw fail(key, "expected " + what + "; got " + show(value));
        }
        try {
            return reader.parse(value.asText());
        } catch (BadValue e) {
            throw fail(key, e.getMessage());
        }
    }

    private <T> List<T> list(String key, JsonNode value, String example, TextParser<T> reader) {
        if (!value.isArray()) {
            throw fail(key, "expected a list such as " + example + "; got " + show(value));
        }
        List<T> items = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (JsonNode entry : value) {
            if (entry.isNull()) {
                throw fail(key, "has an empty entry; write a list such as " + example);
            }
            if (!entry.isValueNode()) {
                throw fail(key, "has " + show(entry) + " as an entry; write a flat list such as " + example);
            }
            T item;
            try {
                item = reader.parse(entry.asText());
            } catch (BadValue e) {
                throw fail(key, e.getMessage());
            }
            if (!seen.add(item)) {
                throw fail(key, show(entry) + " is listed twice; list each one once");
            }
            items.add(item);
        }
        return items;
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + separator + key;
    }

    /** A value as a message shows it. */
    static String show(JsonNode value) {
        if (value.isTextual()) {
            return Values.quote(value.asText());
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isNull()) {
            return "nothing";
        }
        return value.asText();
    }
}
