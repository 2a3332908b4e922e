package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import footplan.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON API gives integrators what {@code footplan plan --dry-run --format json} gives a person at the terminal:
 * the same document for the same answers, sent as YAML or JSON; the CLI's messages for answers it cannot use; and
 * the catalogue of exercises.
 */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Copies of the examples without their check-ins, for the CLI: the API plans answers only. */
    @TempDir
    static Path cliCopies;

    /** One server for the class: the API writes nothing, so one test cannot change what another sees. */
    @RegisterExtension
    static final WebFixture web = new WebFixture();

    @BeforeAll
    static void copyExamples() {
        WebFixture.copyExamples(cliCopies, false);
    }

    @AfterAll
    static void nothingWritten() {
        assertThat(web.dir().resolve("calendars")).as("the API writes no calendar").doesNotExist();
        assertThat(Path.of("api")).as("nor a calendar where it pretends to plan one").doesNotExist();
    }

    static List<Path> examples() {
        return WebFixture.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theDocumentOfYamlAnswersIsTheCommandLines(Path example) throws IOException {
        HttpResponse<String> answer = web.post("/api/plan", "application/yaml", Files.readString(example));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(withoutCalendar(answer.body())).isEqualTo(withoutCalendar(cliPlan(example)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theDocumentOfJsonAnswersIsTheCommandLines(Path example) throws IOException {
        String json = JSON.writeValueAsString(YAML.readTree(example.toFile()));

        HttpResponse<String> answer = web.post("/api/plan", "application/json", json);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(withoutCalendar(answer.body())).isEqualTo(withoutCalendar(cliPlan(example)));
    }

    @Test
    void explainAddsTheExplanationsAsTheCommandLinesDoes() throws IOException {
        Path example = Path.of("examples/knee-runner.yaml");

        HttpResponse<String> answer = web.post("/api/plan?explain=true", "application/yaml",
                Files.readString(example));

        JsonNode doc = withoutCalendar(answer.body());
        assertThat(doc.get("explanations")).isNotEmpty();
        assertThat(doc).isEqualTo(withoutCalendar(cliPlan(example, "--explain")));
    }

    @Test
    void theCalendarIsNull() throws IOException {
        HttpResponse<String> answer = web.post("/api/plan", "application/yaml",
                Files.readString(Path.of("examples/knee-runner.yaml")));

        JsonNode doc = JSON.readTree(answer.body());
        assertThat(doc.has("calendar")).isTrue();
        assertThat(doc.get("calendar").isNull()).isTrue();
        assertThat(doc.get("calendar_written").asBoolean()).isFalse();
        assertThat(doc.get("sessions")).as("the sessions are planned all the same").isNotEmpty();
    }

    @Test
    void aReferralIsAnAnswerNotAnError() throws IOException {
        HttpResponse<String> answer = web.post("/api/plan", "application/yaml",
                Files.readString(Path.of("examples/referral.yaml")));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(answer.body());
        assertThat(doc.at("/referral/reasons")).isNotEmpty();
        assertThat(doc.at("/referral/reasons/0").asText()).contains("safety.recent_fall_or_injury");
        assertThat(doc.get("sessions")).isEmpty();
        assertThat(doc.get("weeks")).isEmpty();
    }

    /** Bodies the API cannot plan, each with what the CLI says of the same text in a file. */
    @ParameterizedTest
    @ValueSource(strings = {"level: 11", "pain: {level: 11}", "pain: [unclosed", "", "{\"pain\": ", "- a list",
            "timezone: Zürich", "time: 25:00", "unknown_key: 1"})
    void badAnswersGetTheCommandLinesMessage(String what, @TempDir Path folder) throws IOException {
        String body = badAnswers(what);
        Path file = Files.writeString(folder.resolve("answers.yaml"), body);
        Cli.Result cli = Cli.run("plan", "--answers", file.toString(), "--dry-run", "--format", "json");
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);

        HttpResponse<String> answer = web.post("/api/plan", "application/yaml", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode doc = JSON.readTree(answer.body());
        assertThat(fieldNames(doc)).containsExactly("errors");
        assertThat(doc.get("errors")).isNotEmpty().allSatisfy(error -> {
            assertThat(fieldNames(error)).containsExactlyInAnyOrder("key", "message");
            assertThat(error.get("key").isNull() || error.get("key").isTextual()).isTrue();
        });
        // The first error is the CLI's one line, split into the key it names and what it says of it.
        JsonNode first = doc.get("errors").get(0);
        String key = first.get("key").isNull() ? "" : first.get("key").asText() + ": ";
        String cliMessage = cli.err().strip().replaceFirst("^footplan: ", "");
        assertThat("request body: " + key + first.get("message").asText())
                .isEqualTo(cliMessage.replace(file.toString(), "request body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/json", "text/plain", "text/yaml",
            "application/octet-stream"})
    void answersAreReadAsUtf8WhateverTheirType(String contentType) {
        HttpResponse<String> answer = web.post("/api/plan", contentType, badAnswers("timezone: Zürich"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Zürich");
    }

    @Test
    void theExercisesAreTheCatalogueWithItsVariants() throws IOException {
        HttpResponse<String> answer = web.get("/api/exercises");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, List<String>> served = new LinkedHashMap<>();
        for (JsonNode exercise : JSON.readTree(answer.body()).get("exercises")) {
            assertThat(exercise.get("name").asText()).isNotBlank();
            assertThat(exercise.get("steps")).isNotEmpty();
            served.put(exercise.get("id").asText(), ids(exercise.get("variants")));
        }
        Map<String, List<String>> catalogue = new LinkedHashMap<>();
        for (JsonNode exercise : YAML.readTree(Path.of("rules/exercises.yaml").toFile())) {
            catalogue.put(exercise.get("id").asText(), ids(exercise.get("variants")));
        }
        assertThat(catalogue).isNotEmpty();
        assertThat(served).containsExactlyEntriesOf(catalogue);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(v -> ids.add(v.get("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The knee runner's answers with one line changed, or a body of its own. */
    private static String badAnswers(String what) {
        String answers = read(Path.of("examples/knee-runner.yaml"));
        return switch (what) {
            case "level: 11" -> replace(answers, "level: 4 ", "level: 11 ");
            case "timezone: Zürich" -> replace(answers, "timezone: Europe/Berlin", "timezone: Zürich");
            case "time: 25:00" -> replace(answers, "time: \"07:30\"", "time: \"25:00\"");
            case "unknown_key: 1" -> answers + "\nunknown_key: 1\n";
            default -> what;
        };
    }

    private static String replace(String text, String line, String by) {
        assertThat(text).contains(line);
        return text.replace(line, by);
    }

    /** The CLI's JSON plan of an example, from a copy without its check-ins. */
    private static String cliPlan(Path example, String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--answers",
                cliCopies.resolve(example.getFileName()).toString(), "--dry-run", "--format", "json"));
        args.addAll(List.of(more));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isIn(0, 3);
        return result.out();
    }

    /** A plan document without its "calendar", the one key where the CLI (a path) and the API (null) differ. */
    private static JsonNode withoutCalendar(String json) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(json);
        assertThat(doc.has("calendar")).as(json).isTrue();
        doc.remove("calendar");
        return doc;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
