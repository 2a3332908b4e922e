package footplan.answers;

import static footplan.answers.AnswersFixtures.FILE;
import static footplan.answers.AnswersFixtures.VALID;
import static footplan.answers.AnswersFixtures.validAnswers;
import static footplan.answers.AnswersFixtures.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/**
 * What the web API needs of the answers parser: each refusal at its key, all of them at once where reading can go
 * on, and JSON text read as the YAML it is, while the command line's one-line message stays as it was.
 */
class InvalidAnswersTest {

    private static InvalidAnswersException refused(String text) {
        return catchThrowableOfType(InvalidAnswersException.class, () -> AnswersFile.parse(text, FILE));
    }

    @Test
    void aRefusalNamesItsKeyAndKeepsTheCommandLinesMessage() {
        InvalidAnswersException e = refused(validWith("time: \"07:30\"", "time: \"25:00\""));
        assertThat(e.getMessage()).isEqualTo("answers.yaml: schedule.time: \"25:00\" is not a time of day (HH:MM)");
        assertThat(e.errors()).containsExactly(
                new FieldError("schedule.time", "\"25:00\" is not a time of day (HH:MM)"));
    }

    @Test
    void everyBadKeyIsNamedAndTheMessageIsTheFirsts() {
        InvalidAnswersException e = refused(validWith("level: 4", "level: 11")
                .replace("high_heels: true", "high_heels: yes")
                .replace("days: [mon, wed, fri]", "days: [mon, funday, fri]")
                .replace("time: \"07:30\"", "time: \"25:00\""));
        assertThat(e.errors()).extracting(FieldError::key)
                .containsExactly("pain.level", "footwear.high_heels", "schedule.days", "schedule.time");
        assertThat(e.getMessage()).isEqualTo("answers.yaml: pain.level: 11 is out of range; allowed 0-10");
        assertThat(e.errors().get(2).message()).startsWith("\"funday\" is not a day; allowed: mon, tue");
    }

    @Test
    void aMissingSectionIsOneErrorAndTheOtherSectionsAreStillRead() {
        String noSafety = VALID.replaceAll("(?s)safety: .*?footwear:", "footwear:");
        InvalidAnswersException e = refused(noSafety.replace("weeks: 6", "weeks: 27"));
        assertThat(e.errors()).extracting(FieldError::key).containsExactly("safety", "schedule.weeks");
        assertThat(e.errors().get(0).message()).startsWith("is missing; the safety screen needs every answer");
    }

    @Test
    void tooFewDaysIsNamedWhenTheSessionsAreKnown() {
        InvalidAnswersException e = refused(validWith("days: [mon, wed, fri]", "days: [mon]"));
        assertThat(e.errors()).containsExactly(new FieldError("schedule.days",
                "has 1 day but sessions_per_week is 3; allow at least 3 days"));
    }

    @Test
    void aProblemWithTheWholeTextHasAnEmptyKey() {
        InvalidAnswersException e = refused("pain: [unclosed");
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.key()).isEmpty();
            assertThat(e.getMessage()).isEqualTo(FILE + ": " + error.message());
        });
        assertThat(refused("").errors()).extracting(FieldError::key).containsExactly("");
    }

    @Test
    void aRefusalDeepInTheTreeNamesItsPath() {
        InvalidAnswersException e = refused(validWith("areas: [knee, back]", "areas: [knee, *alias]"));
        assertThat(e.errors()).extracting(FieldError::key).containsExactly("pain.areas");
    }

    @Test
    void jsonTextReadsAsTheSameAnswers() throws Exception {
        assertThat(AnswersFile.parse(json(VALID), FILE)).isEqualTo(validAnswers());
    }

    @Test
    void jsonIndentedWithTabsReadsToo() throws Exception {
        String tabs = json(VALID).replace("  ", "\t");
        assertThat(tabs).contains("\t\"");
        assertThat(AnswersFile.parse(tabs, FILE)).isEqualTo(validAnswers());
    }

    /** JSON that YAML 1.1 refuses: PHP writes "\\/" for "/" unless told not to. */
    @Test
    void jsonWithEscapedSlashesReadsToo() throws Exception {
        String escaped = json(VALID).replace("Europe/Berlin", "Europe\\/Berlin");
        assertThat(escaped).contains("Europe\\/Berlin");
        assertThat(AnswersFile.parse(escaped, FILE)).isEqualTo(validAnswers());
    }

    @Test
    void badJsonAnswersAreNamedByKey() throws Exception {
        ObjectNode tree = (ObjectNode) new YAMLMapper().readTree(VALID);
        ((ObjectNode) tree.get("pain")).put("level", 11);
        ((ObjectNode) tree.get("schedule")).put("time", "25:00");
        InvalidAnswersException e = refused(new ObjectMapper().writeValueAsString(tree));
        assertThat(e.errors()).extracting(FieldError::key).containsExactly("pain.level", "schedule.time");
    }

    @Test
    void brokenJsonIsAnErrorOfTheWholeText() {
        assertThat(refused("{\"name\": \"Alex\",").errors()).extracting(FieldError::key).containsExactly("");
    }

    /** The answers as a JSON document, as an integrator would post them: dates and times as strings. */
    private static String json(String yaml) throws Exception {
        JsonNode tree = new YAMLMapper().readTree(yaml);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
