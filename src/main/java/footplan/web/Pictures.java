package footplan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The line drawings of the exercises, drawn for footplan: one SVG for each exercise as the article describes it,
 * {@code <exercise-id>.svg}, and one for each variant, {@code <exercise-id>--<variant-id>.svg}, in
 * {@code footplan/web/pictures/} on the class path, listed in its {@code index.txt}. Each shows the start and the end
 * position with the moving part marked, and its {@code <title>} is the alt text.
 *
 * <p>All are read once, when the class is first used. Ids are checked before any look-up, so an id from a URL can
 * only name a listed picture, never a path.
 */
public final class Pictures {

    /** Where the pictures are on the class path. */
    static final String FOLDER = "footplan/web/pictures/";

    /** An exercise or variant id: lowercase letters and digits, single dashes between them. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)?\\.svg");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");
    private static final List<Picture> ALL = load();
    private static final Map<String, Picture> BY_FILE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Picture::fileName, picture -> picture));

    private Pictures() {
    }

    /**
     * One picture.
     *
     * @param fileName e.g. {@code heel-raises--counter.svg}
     * @param svg      the whole SVG document, to serve as {@code image/svg+xml} or put inline
     * @param alt      the alt text, the text of the SVG's {@code <title>}
     */
    public record Picture(String fileName, String svg, String alt) {

        /** The file name, not the whole drawing. */
        @Override
        public String toString() {
            return "Picture[" + fileName + "]";
        }
    }

    /**
     * The picture of an exercise done one way.
     *
     * @param exerciseId the exercise's id in {@code exercises.yaml}
     * @param variantId  the variant's id, or null for the exercise as described; a variant without a picture of its
     *                   own gets the exercise's
     * @return the picture; empty for an unknown exercise or an id that is not lowercase letters, digits and dashes
     */
    public static Optional<Picture> find(String exerciseId, String variantId) {
        if (!isId(exerciseId) || variantId != null && !isId(variantId)) {
            return Optional.empty();
        }
        Picture base = BY_FILE.get(exerciseId + ".svg");
        if (variantId == null) {
            return Optional.ofNullable(base);
        }
        return Optional.ofNullable(BY_FILE.getOrDefault(exerciseId + "--" + variantId + ".svg", base));
    }

    /** A picture by its file name, e.g. {@code heel-raises--counter.svg}; empty for any other name. */
    public static Optional<Picture> named(String fileName) {
        return ALL.stream().filter(p -> p.fileName().equals(fileName)).findFirst();
    }

    /** Every picture, in the order of the index. */
    public static List<Picture> all() {
        return ALL;
    }

    private static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static List<Picture> load() {
        List<Picture> pictures = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String fileName = line.strip();
            if (fileName.isEmpty() || fileName.startsWith("#")) {
                continue;
            }
            if (!FILE_NAME.matcher(fileName).matches()) {
                throw new IllegalStateException(FOLDER + "index.txt lists " + fileName + ", not a picture's name");
            }
            String svg = read(fileName);
            Matcher title = TITLE.matcher(svg);
            if (!title.find() || title.group(1).isBlank()) {
                throw new IllegalStateException(FOLDER + fileName + " has no <title> to use as its alt text");
            }
            pictures.add(new Picture(fileName, svg, unescape(title.group(1).strip())));
        }
        return List.copyOf(pictures);
    }

    private static String read(String name) {
        try (InputStream in = Pictures.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an XML element, with the five predefined entities undone. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
