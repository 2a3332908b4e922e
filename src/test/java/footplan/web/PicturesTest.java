package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import footplan.web.Pictures.Picture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Every exercise and variant of the catalogue has its own picture, a safe, accessible, self-contained SVG. */
class PicturesTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Path FOLDER = Path.of("src/main/resources", Pictures.FOLDER);

    /** The words an alt text uses for each position of {@code exercises.yaml}. */
    private static final Map<String, Pattern> POSITION_WORDS = Map.of(
            "standing", Pattern.compile("^(Standing|Walking)\\b"),
            "lying", Pattern.compile("^Lying on the back\\b"),
            "sitting_on_floor", Pattern.compile("^Sitting on the floor\\b"),
            "sitting_on_chair", Pattern.compile("^Sitting on a chair\\b"),
            "sitting_on_bed_or_sofa", Pattern.compile("^Sitting on the edge of a (sofa or bed|bed or sofa)\\b"));

    /** One way to do an exercise, as the catalogue describes it. */
    record Way(String exercise, String variant, String position, Set<String> uses) {

        String fileName() {
            return exercise + (variant == null ? "" : "--" + variant) + ".svg";
        }

        @Override
        public String toString() {
            return fileName();
        }
    }

    static List<Way> ways() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(Path.of("rules/exercises.yaml").toFile());
        List<Way> ways = new ArrayList<>();
        for (JsonNode exercise : catalogue) {
            String id = exercise.get("id").asText();
            ways.add(way(id, null, exercise));
            for (JsonNode variant : exercise.path("variants")) {
                ways.add(way(id, variant.get("id").asText(), variant));
            }
        }
        return ways;
    }

    private static Way way(String exercise, String variant, JsonNode node) {
        Set<String> uses = new TreeSet<>();
        node.get("uses").forEach(thing -> uses.add(thing.asText()));
        return new Way(exercise, variant, node.get("position").asText(), uses);
    }

    @ParameterizedTest
    @MethodSource("ways")
    void everyWayHasItsOwnPicture(Way way) {
        Picture picture = Pictures.find(way.exercise(), way.variant()).orElseThrow();
        assertThat(picture.fileName()).isEqualTo(way.fileName());
    }

    @ParameterizedTest
    @MethodSource("ways")
    void theAltTextSaysThePositionAndTheThingsItUses(Way way) {
        String alt = Pictures.find(way.exercise(), way.variant()).orElseThrow().alt();
        assertThat(alt).matches(POSITION_WORDS.get(way.position()).pattern() + ".*\\.$");
        // what a person needs is in the picture's words, and nothing they may lack: "without a chair" never says chair
        for (String thing : List.of("chair", "band", "towel")) {
            assertThat(Pattern.compile("\\b" + thing + "\\b").matcher(alt).find())
                    .as("%s mentions %s", way, thing).isEqualTo(way.uses().contains(thing));
        }
    }

    @Test
    void thePicturesAreExactlyTheCataloguesWays() throws IOException {
        Set<String> expected = new TreeSet<>();
        ways().forEach(way -> expected.add(way.fileName()));
        Set<String> listed = new TreeSet<>();
        Pictures.all().forEach(picture -> listed.add(picture.fileName()));
        Set<String> inFolder = new TreeSet<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".svg"))
                    .forEach(inFolder::add);
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(inFolder).isEqualTo(expected);
    }

    static List<Picture> pictures() {
        return Pictures.all();
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void isAWellFormedAccessibleSvg(Picture picture) throws Exception {
        Element svg = parse(picture.svg()).getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 320 160");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        Element title = svg.getOwnerDocument().getElementById(svg.getAttribute("aria-labelledby"));
        assertThat(title).as("the element aria-labelledby names").isNotNull();
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getParentNode()).isSameAs(svg);
        assertThat(title.getTextContent().strip()).isNotBlank().isEqualTo(picture.alt());
        // the two panels
        List<String> labels = new ArrayList<>();
        NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertThat(labels).containsExactly("Start", "End");
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void isSmallAndSelfContained(Picture picture) throws Exception {
        assertThat(picture.svg().getBytes(StandardCharsets.UTF_8).length).isLessThan(4096);
        Document document = parse(picture.svg());
        for (String element : List.of("script", "image", "foreignObject", "style", "use", "a", "iframe")) {
            assertThat(document.getElementsByTagNameNS("*", element).getLength()).as("<%s>", element).isZero();
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                String value = attribute.getValue();
                assertThat(name).as("an event handler").doesNotStartWith("on");
                assertThat(name).as("a link").isNotEqualTo("href");
                assertThat(value).as("%s=%s", name, value).doesNotContain("url(").doesNotContain("data:");
                if (!name.equals("xmlns")) {
                    assertThat(value).as("%s=%s", name, value).doesNotContain("http");
                }
                if (name.equals("font-family")) {
                    assertThat(value).isEqualTo("sans-serif");
                }
            }
        }
    }

    @Test
    void theStyleIsTheSameInEveryPicture() {
        for (Picture picture : Pictures.all()) {
            assertThat(picture.svg()).as(picture.fileName())
                    .contains("stroke=\"#1f2937\" stroke-width=\"3\" stroke-linecap=\"round\"")
                    .contains("#d9480f")
                    .containsPattern("<text[^>]*>Start</text><text[^>]*>End</text>");
        }
    }

    @Test
    void aVariantWithoutItsOwnPictureGetsTheExercises() {
        assertThat(Pictures.find("heel-raises", "no-such-variant")).map(Picture::fileName)
                .contains("heel-raises.svg");
        assertThat(Pictures.find("no-such-exercise", null)).isEmpty();
        assertThat(Pictures.find("no-such-exercise", "counter")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../heel-raises", "heel-raises/", "/heel-raises", "..", "heel-raises/../toe-curls",
            "heel-raises%2F..", "Heel-raises", "heel raises", "heel-raises.svg", "heel-raises\u0000", "",
            "-heel-raises", "heel-raises-", "heel--raises", "index.txt", "heel-raises\\..", "héel-raises"})
    void anIdThatIsNotOneGivesNothing(String id) {
        assertThat(Pictures.find(id, null)).isEmpty();
        assertThat(Pictures.find(id, "counter")).isEmpty();
        assertThat(Pictures.find("heel-raises", id)).isEmpty();
    }

    @Test
    void noIdGivesNothing() {
        assertThat(Pictures.find(null, null)).isEmpty();
        assertThat(Pictures.find(null, "counter")).isEmpty();
    }

    @Test
    void theCacheHandsOutTheSamePictures() {
        assertThat(Pictures.find("toe-curls", "cloth").orElseThrow())
                .isSameAs(Pictures.find("toe-curls", "cloth").orElseThrow());
        assertThat(Pictures.all()).isSameAs(Pictures.all());
    }

    /** Parses as a browser must, with no document type and no external entities. */
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        // ids: the DOM knows an attribute is an id only from a DTD or a schema, and there is neither
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
        return document;
    }
}
