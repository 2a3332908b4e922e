package footplan.answers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns the text of an answers file into a tree of plain values, refusing anything an answers file never
 * needs and a hostile file might use: more than {@value #MAX_CHARS} characters, deep nesting, aliases,
 * tags, duplicate keys, several documents, and characters YAML does not allow.
 *
 * <p>The tree is built here from the parser's tokens rather than by Jackson's own tree reader so that
 * booleans keep their spelling ({@code yes} is text, not true), whole numbers must be plain decimal
 * digits, and every refusal can name the key path it happened at.
 *
 * <p>JSON is read too, as the web API takes answers in either: JSON is YAML, but for the few things the YAML 1.1
 * parser refuses (tabs that indent, {@code \/} escapes), a text that starts as a JSON object or array is read again
 * as JSON.
 */
final class YamlTree {

    static final int MAX_CHARS = 64 * 1024;
    /** Root mapping, a section, a list in it: three levels are all an answers file uses. */
    private static final int MAX_DEPTH = 6;
    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?\\d+");
    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    private static final StreamReadConstraints LIMITS = limits();
    private static final YAMLFactory FACTORY = factory();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    private final JsonParser parser;
    private final String file;

    private YamlTree(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * The root of the document: null when the text holds no document at all (empty or only comments).
     *
     * @throws InvalidAnswersException when the text is not YAML we accept; the message names the line and column
     */
    static JsonNode parse(String text, String file) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidAnswersException(file, "",
                    "is larger than 64 KiB; an answers file is a few hundred bytes");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        rejectForbiddenCharacters(body, file);
        try {
            return read(FACTORY, body, file);
        } catch (InvalidAnswersException refusal) {
            // JSON is meant to be YAML, but the parser reads YAML 1.1, which refuses some JSON: tabs that indent
            // and \/ escapes. Such a text gets a second reading as JSON; if that fails too, YAML's words stand.
            String start = body.stripLeading();
            if (!start.startsWith("{") && !start.startsWith("[")) {
                throw refusal;
            }
            try {
                return read(JSON, body, file);
            } catch (InvalidAnswersException notJsonEither) {
                throw refusal;
            }
        }
    }

    private static JsonNode read(JsonFactory factory, String body, String file) {
        try (JsonParser parser = factory.createParser(body)) {
            return new YamlTree(parser, file).document();
        } catch (StreamConstraintsException e) {
            throw new InvalidAnswersException(file, "", at(e) + "is nested too deeply or has a value that is too long"
                    + "; an answers file is a short, flat list of keys", e);
        } catch (JsonProcessingException e) {
            throw new InvalidAnswersException(file, "", syntaxMessage(e), e);
        } catch (IOException | YAMLException e) {
            throw new InvalidAnswersException(file, "", "is not valid YAML", e);
        }
    }

    private JsonNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = value(first, "", 0);
        if (parser.nextToken() != null) {
            throw new InvalidAnswersException(file, "",
                    "holds more than one YAML document (a line with ---); keep one");
        }
        return root;
    }

    private JsonNode value(JsonToken token, String path, int depth) throws IOException {
        if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
            throw refuse(path, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
        }
        Object typeId = parser.getTypeId();
        if (typeId != null) {
            String tag = typeId.toString();
            String shown = tag.startsWith(STANDARD_TAG) ? "!!" + tag.substring(STANDARD_TAG.length()) : "!" + tag;
            throw refuse(path, "YAML tags (" + shown + ") are not supported; remove the tag");
        }
        switch (token) {
            case START_OBJECT:
                return mapping(path, depth + 1);
            case START_ARRAY:
                return list(path, depth + 1);
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(path);
            case VALUE_NUMBER_FLOAT:
                return decimal(path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return bool(token);
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw refuse(path, "is not a value YAML answers can hold");
        }
    }

    private ObjectNode mapping(String path, int depth) throws IOException {
        checkDepth(path, depth);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            checkNotCutShort(t, path);
            String key = parser.currentName();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (node.has(key)) {
                throw refuse(keyPath, "appears twice; keep one");
            }
            node.set(key, value(parser.nextToken(), keyPath, depth));
        }
        return node;
    }

    private ArrayNode list(String path, int depth) throws IOException {
        checkDepth(path, depth);
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            checkNotCutShort(t, path);
            node.add(value(t, path, depth));
        }
        return node;
    }

    private JsonNode integer(String path) throws IOException {
        String text = parser.getText();
        if (!DECIMAL_INTEGER.matcher(text).matches()) {
            throw refuse(path, text + " is not a plain whole number; write it in decimal digits");
        }
        return JsonNodeFactory.instance.numberNode(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    }

    private JsonNode decimal(String path) throws IOException {
        String text = parser.getText();
        try {
            return new DecimalNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            // .inf and .nan are YAML numbers too, but no answer is ever infinite.
            throw refuse(path, text + " is not a number an answer can be");
        }
    }

    /** Only true and false are booleans; YAML 1.1 spellings like yes, on and y stay text. */
    private JsonNode bool(JsonToken token) throws IOException {
        String text = parser.getText();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
        }
        return TextNode.valueOf(text);
    }

    private void checkDepth(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw refuse(path, "is nested too deeply; an answers file has sections of keys and short lists");
        }
    }

    private void checkNotCutShort(JsonToken token, String path) {
        if (token == null) {
            throw refuse(path, "the file ends in the middle of this value");
        }
    }

    private InvalidAnswersException refuse(String path, String problem) {
        return new InvalidAnswersException(file, path, problem);
    }

    /** YAML allows tab, line breaks and printable Unicode only; say where anything else is. */
    private static void rejectForbiddenCharacters(String text, String file) {
        if (plainAscii(text)) {
            return; // most answers files: nothing to refuse, and no line and column to count
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                throw new InvalidAnswersException(file, "", String.format(Locale.ROOT,
                        "line %d, column %d: has a character YAML does not allow (U+%04X); "
                                + "an answers file is plain text", line, column, c));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String syntaxMessage(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException) {
                return markedMessage((MarkedYAMLException) t);
            }
        }
        // Jackson's own messages talk about its classes and settings, not about the file.
        return at(e) + "is not valid YAML";
    }

    private static String markedMessage(MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        String problem = oneLine(e.getProblem());
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            problem = "a tab cannot indent YAML; use spaces";
        }
        String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
        String context = "";
        if (e.getContext() != null && e.getContextMark() != null) {
            Mark start = e.getContextMark();
            context = ", " + oneLine(e.getContext()) + " that starts at line " + (start.getLine() + 1)
                    + ", column " + (start.getColumn() + 1);
        }
        String hint = problem.contains("<block end>") ? " (check the indentation)" : "";
        return where + "is not valid YAML: " + problem + context + hint;
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 2)
                .maxStringLength(MAX_CHARS)
                .maxNumberLength(100)
                .maxNameLength(1000)
                .maxDocumentLength(MAX_CHARS + 1L)
                .build();
    }

    private static YAMLFactory factory() {
        LoaderOptions loader = new LoaderOptions();
        // An answers file needs no aliases at all; these limits make a "billion laughs" file fail at once
        // even before the alias check below sees it.
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(MAX_DEPTH + 2);
        loader.setCodePointLimit(MAX_CHARS + 1);
        loader.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(LIMITS)
                // "key:" with nothing after it is empty, not the empty text "".
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }
}
