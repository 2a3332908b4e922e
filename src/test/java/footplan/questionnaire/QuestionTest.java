package footplan.questionnaire;

import static footplan.answers.AnswersFixtures.validAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import footplan.answers.AnswersFile;
import footplan.answers.Equipment;
import footplan.answers.PainArea;
import footplan.answers.SafetyQuestion;
import footplan.answers.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue asks for every answer the answers file holds, once, safety first, each question explained. */
class QuestionTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** An answers file of examples/, not a check-ins file. */
    static boolean isAnswersFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.endsWith(".checkins.yaml");
    }

    private static Set<String> catalogueKeys() {
        return Arrays.stream(Question.values()).map(Question::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The key paths of an answers file's values: its mappings' keys, joined by dots, down to values and lists. */
    private static Set<String> keys(JsonNode node, String path, Set<String> into) {
        if (!node.isObject()) {
            into.add(path);
            return into;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            keys(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
        }
        return into;
    }

    @Test
    void theCatalogueHasEveryKeyOfAnAnswersFileAndNoOther() throws IOException {
        JsonNode file = YAML.readTree(AnswersFile.toYaml(validAnswers()));
        assertThat(catalogueKeys()).isEqualTo(keys(file, "", new TreeSet<>()));
    }

    @Test
    void everyKeyOfTheExamplesIsInTheCatalogue() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> examples = files.filter(QuestionTest::isAnswersFile).collect(Collectors.toList());
            assertThat(examples).isNotEmpty();
            for (Path example : examples) {
                assertThat(catalogueKeys()).as(example.toString())
                        .containsAll(keys(YAML.readTree(example.toFile()), "", new TreeSet<>()));
            }
        }
    }

    @Test
    void everyQuestionHasWordsAndHelp() {
        for (Question question : Question.values()) {
            assertThat(question.text()).as(question.key()).isNotBlank();
            assertThat(question.help()).as(question.key()).isNotBlank().endsWith(".");
            assertThat(Question.byKey(question.key())).contains(question);
        }
    }

    @Test
    void safetyComesFirstInTheOrderOfTheSignsAndTheGroupsFollowInOrder() {
        List<Question> questions = List.of(Question.values());
        List<Question> safety = Question.Group.SAFETY.questions();
        assertThat(questions.subList(0, safety.size())).isEqualTo(safety);
        assertThat(safety).extracting(q -> q.safety().orElseThrow()).containsExactly(SafetyQuestion.values());
        assertThat(safety).allSatisfy(q -> assertThat(q.field().kind()).isEqualTo(Question.Kind.YES_NO));
        for (int i = 1; i < questions.size(); i++) {
            assertThat(questions.get(i).group()).isGreaterThanOrEqualTo(questions.get(i - 1).group());
        }
        assertThat(Arrays.stream(Question.Group.values()).flatMap(g -> g.questions().stream()))
                .containsExactly(Question.values());
    }

    @Test
    void aSafetyQuestionIsItsSignInWords() {
        assertThat(Question.SADDLE_NUMBNESS.key()).isEqualTo("safety.saddle_numbness");
        assertThat(Question.SADDLE_NUMBNESS.text()).isEqualTo("Numbness or tingling between the legs or around the"
                + " buttocks (saddle area)?");
    }

    @Test
    void theFieldsAllowWhatTheAnswersFileAllows() {
        assertThat(Question.PAIN_LEVEL.field()).extracting(Question.Field::min, Question.Field::max)
                .containsExactly(0, 10);
        assertThat(Question.PAIN_AREAS.field().choices())
                .containsExactlyElementsOf(Arrays.stream(PainArea.values()).map(PainArea::key).toList());
        assertThat(Question.EQUIPMENT.field().choices())
                .containsExactlyElementsOf(Arrays.stream(Equipment.values()).map(Equipment::key).toList());
        assertThat(Question.DAYS.field().choices()).containsExactly("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        assertThat(Question.TIMEZONE.field().choices()).hasSameElementsAs(Values.zoneIds()).contains("Europe/Berlin");
        assertThat(Question.NAME.field()).extracting(Question.Field::kind, Question.Field::max,
                Question.Field::optional).containsExactly(Question.Kind.TEXT, Values.MAX_NAME_LENGTH, true);
        assertThat(Question.FOOTWEAR_NOTES.field().multiline()).isTrue();
        assertThat(Arrays.stream(Question.values()).filter(q -> q.field().optional()))
                .containsExactly(Question.FOOTWEAR_NOTES, Question.REMINDER_MINUTES, Question.SKIP, Question.NAME);
    }
}
