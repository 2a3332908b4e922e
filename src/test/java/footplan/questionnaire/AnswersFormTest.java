package footplan.questionnaire;

import static footplan.answers.AnswersFixtures.validAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.FieldError;
import footplan.answers.InvalidAnswersException;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The web form reads what the answers file reads, refuses what the command line refuses, in the same words. */
class AnswersFormTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(QuestionTest::isAnswersFile).sorted().collect(Collectors.toList()).stream();
        }
    }

    private static Answers accepted(Map<String, List<String>> fields) {
        AnswersForm.Result result = AnswersForm.read(fields);
        assertThat(result).isInstanceOf(AnswersForm.Accepted.class);
        return ((AnswersForm.Accepted) result).answers();
    }

    private static List<FieldError> rejected(Map<String, List<String>> fields) {
        AnswersForm.Result result = AnswersForm.read(fields);
        assertThat(result).isInstanceOf(AnswersForm.Rejected.class);
        return ((AnswersForm.Rejected) result).errors();
    }

    /** The valid answers' fields, changed. */
    private static Map<String, List<String>> valid(Consumer<Map<String, List<String>>> change) {
        Map<String, List<String>> fields = new HashMap<>(AnswersForm.fields(validAnswers()));
        change.accept(fields);
        return fields;
    }

    /** What the command line says of the valid answers file with one value changed, at that value's key. */
    private static FieldError cli(String key, Object value) throws IOException {
        ObjectNode tree = (ObjectNode) YAML.readTree(AnswersFile.toYaml(validAnswers()));
        String[] path = key.split("\\.");
        ObjectNode parent = path.length == 1 ? tree : (ObjectNode) tree.get(path[0]);
        parent.set(path[path.length - 1], YAML.valueToTree(value));
        InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                () -> AnswersFile.parse(YAML.writeValueAsString(tree), "answers.yaml"));
        assertThat(e).as("the command line refuses %s: %s", key, value).isNotNull();
        return e.errors().stream().filter(error -> error.key().equals(key)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGoesThroughTheFormUnchanged(Path example) {
        Answers answers = AnswersFile.read(example);
        assertThat(accepted(AnswersForm.fields(answers))).isEqualTo(answers);
    }

    @Test
    void everyAnswerGoesThroughTheForm() {
        Answers answers = validAnswers();
        Map<String, List<String>> fields = AnswersForm.fields(answers);
        assertThat(fields.keySet()).containsExactlyElementsOf(
                Arrays.stream(Question.values()).map(Question::key).collect(Collectors.toList()));
        assertThat(fields).containsEntry("pain.areas", List.of("back", "knee"))
                .containsEntry("schedule.days", List.of("mon", "wed", "fri"))
                .containsEntry("schedule.time", List.of("07:30")).containsEntry("schedule.skip", List.of("2026-12-24"))
                .containsEntry("safety.saddle_numbness", List.of("no"))
                .containsEntry("footwear.high_heels", List.of("yes"));
        assertThat(accepted(fields)).isEqualTo(answers);
    }

    @Test
    void aBadTimeIsRefusedAtItsKeyInTheCommandLinesWords() throws IOException {
        assertThat(rejected(valid(f -> f.put("schedule.time", List.of("25:00")))))
                .containsExactly(cli("schedule.time", "25:00"))
                .containsExactly(new FieldError("schedule.time", "\"25:00\" is not a time of day (HH:MM)"));
    }

    @Test
    void aBadDayIsRefusedAtItsKeyInTheCommandLinesWords() throws IOException {
        assertThat(rejected(valid(f -> f.put("schedule.days", List.of("mon", "funday", "fri")))))
                .containsExactly(cli("schedule.days", List.of("mon", "funday", "fri")));
    }

    @Test
    void aPainLevelOfElevenIsRefusedAtItsKeyInTheCommandLinesWords() throws IOException {
        assertThat(rejected(valid(f -> f.put("pain.level", List.of("11")))))
                .containsExactly(cli("pain.level", 11))
                .containsExactly(new FieldError("pain.level", "11 is out of range; allowed 0-10"));
    }

    @Test
    void aMissingSafetyAnswerIsAnErrorNotANo() {
        assertThat(rejected(valid(f -> f.remove("safety.severe_night_pain"))))
                .containsExactly(new FieldError("safety.severe_night_pain", "answer yes or no"));
        assertThat(rejected(valid(f -> f.put("safety.severe_night_pain", List.of(" ")))))
                .containsExactly(new FieldError("safety.severe_night_pain", "answer yes or no"));
    }

    @Test
    void aSafetyYesIsAnAnswerForTheRulesToJudge() {
        Answers answers = accepted(valid(f -> f.put("safety.hot_swollen_joint", List.of("yes"))));
        assertThat(answers.safety().yes()).containsExactly(SafetyQuestion.HOT_SWOLLEN_JOINT);
    }

    @Test
    void everyBadFieldIsNamedAtOnceInTheOrderOfTheQuestions() {
        List<FieldError> errors = rejected(valid(f -> {
            f.put("schedule.time", List.of("25:00"));
            f.put("pain.level", List.of("11"));
            f.remove("safety.saddle_numbness");
            f.put("footwear.running", List.of("maybe"));
            f.put("schedule.timezone", List.of("Mars/Olympus_Mons"));
            f.put("name", List.of("a\u0007b"));
        }));
        assertThat(errors).extracting(FieldError::key).containsExactly("safety.saddle_numbness", "pain.level",
                "footwear.running", "schedule.time", "schedule.timezone", "name");
        assertThat(errors.get(2).message()).isEqualTo("\"maybe\" is not an answer here; type y or n");
    }

    @Test
    void aBlankRequiredFieldAsksForAnAnswer() {
        assertThat(rejected(valid(f -> {
            f.put("pain.level", List.of(""));
            f.remove("schedule.start");
            f.remove("abilities.lie_on_floor");
        }))).containsExactly(new FieldError("pain.level", "type an answer"),
                new FieldError("abilities.lie_on_floor", "answer yes or no"),
                new FieldError("schedule.start", "type an answer"));
    }

    @Test
    void blankOptionalFieldsTakeTheAnswersFilesDefaults() {
        Answers answers = accepted(valid(f -> {
            f.put("name", List.of(""));
            f.remove("footwear.notes");
            f.put("schedule.reminder_minutes", List.of(" "));
            f.remove("schedule.skip");
        }));
        assertThat(answers.name()).isEmpty();
        assertThat(answers.footwear().notes()).isEmpty();
        assertThat(answers.schedule().reminderMinutes()).isEqualTo(Schedule.DEFAULT_REMINDER_MINUTES);
        assertThat(answers.schedule().skip()).isEmpty();
    }

    @Test
    void noBoxTickedMeansNoneWhereNoneIsAnAnswer() {
        Answers answers = accepted(valid(f -> {
            f.remove("pain.areas");
            f.put("equipment", List.of());
        }));
        assertThat(answers.pain().areas()).isEmpty();
        assertThat(answers.equipment()).isEmpty();
    }

    @Test
    void fewerDaysThanSessionsAreRefusedAsTheTerminalRefusesThem() {
        assertThat(rejected(valid(f -> f.put("schedule.days", List.of("mon", "fri")))))
                .containsExactly(new FieldError("schedule.days", "choose at least 3 days for 3 sessions a week"));
        assertThat(rejected(valid(f -> f.remove("schedule.days"))))
                .containsExactly(new FieldError("schedule.days", "choose at least 3 days for 3 sessions a week"));
    }

    @Test
    void datesToSkipMayComeAsOneTextOrAsValues() {
        List<LocalDate> christmas = List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
        assertThat(accepted(valid(f -> f.put("schedule.skip", List.of("2026-12-25, 2026-12-24")))).schedule().skip())
                .containsExactlyElementsOf(christmas);
        assertThat(accepted(valid(f -> f.put("schedule.skip", List.of("2026-12-24", "2026-12-25")))).schedule()
                .skip()).containsExactlyElementsOf(christmas);
        assertThat(rejected(valid(f -> f.put("schedule.skip", List.of("2026-12-24", "2026-12-24")))))
                .containsExactly(new FieldError("schedule.skip", "\"2026-12-24\" is listed twice; list each one once"));
    }

    @Test
    void twoAnswersToOneQuestionAreRefused() {
        assertThat(rejected(valid(f -> f.put("pain.level", List.of("3", "4")))))
                .containsExactly(new FieldError("pain.level", "give one answer, not 2"));
    }

    @Test
    void fieldsOutsideTheCatalogueAreIgnored() {
        assertThat(accepted(valid(f -> f.put("_csrf", List.of("token"))))).isEqualTo(validAnswers());
    }

    @Test
    void aFormFilledForAnUpdateLeavesTheSafetyQuestionsToAnswerAfresh() {
        Map<String, List<String>> refill = AnswersForm.prefill(validAnswers());
        assertThat(refill).doesNotContainKeys(Question.Group.SAFETY.questions().stream().map(Question::key)
                .toArray(String[]::new)).containsEntry("pain.level", List.of("4"));
        assertThat(rejected(refill)).extracting(FieldError::key).containsExactlyElementsOf(
                Question.Group.SAFETY.questions().stream().map(Question::key).collect(Collectors.toList()));
        Map<String, List<String>> answered = new HashMap<>(refill);
        Question.Group.SAFETY.questions().forEach(q -> answered.put(q.key(), List.of("no")));
        assertThat(accepted(answered)).isEqualTo(validAnswers());
    }

    @Test
    void aFirstFormSuggestsWhatTheTerminalSuggests() {
        Map<String, List<String>> fields = new HashMap<>(AnswersForm.prefill(ZoneId.of("Europe/Berlin"),
                LocalDate.of(2026, 12, 1)));
        assertThat(rejected(fields)).extracting(FieldError::key).contains("safety.saddle_numbness", "pain.level",
                "pain.leg_radiating", "footwear.high_heels", "abilities.sit_on_floor")
                .doesNotContain("pain.areas", "equipment", "schedule.days", "schedule.timezone");
        Question.Group.SAFETY.questions().forEach(q -> fields.put(q.key(), List.of("no")));
        List.of(Question.LEG_RADIATING, Question.HIGH_HEELS, Question.POINTED_TOES, Question.POOR_FIT,
                Question.RUNNING, Question.STAND_ON_ONE_LEG, Question.LIE_ON_FLOOR, Question.SIT_ON_FLOOR)
                .forEach(q -> fields.put(q.key(), List.of("yes")));
        fields.put("pain.level", List.of("2"));
        Schedule schedule = accepted(fields).schedule();
        assertThat(schedule).isEqualTo(new Schedule(3, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY), LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 12, 1), 6, 10,
                new TreeSet<>()));
        assertThat(accepted(fields).sessionMinutes()).isEqualTo(20);
    }

    @Test
    void aZoneTheAnswersFileCannotHoldIsNotSuggested() {
        assertThat(AnswersForm.prefill(ZoneOffset.ofHours(2), LocalDate.of(2026, 12, 1)))
                .containsEntry("schedule.timezone", List.of(""));
        assertThat(AnswersForm.prefill(ZoneOffset.UTC, LocalDate.of(2026, 12, 1)))
                .containsEntry("schedule.timezone", List.of("Etc/UTC"));
    }

    @Test
    void theFieldsOfAnswersAreThoseOfTheirYaml() throws IOException {
        // The same answers read from a JSON text give the same fields: one reading, whichever the format.
        JsonNode tree = YAML.readTree(AnswersFile.toYaml(validAnswers()));
        String json = new ObjectMapper().writeValueAsString(tree);
        assertThat(AnswersForm.fields(AnswersFile.parse(json, "request")))
                .isEqualTo(AnswersForm.fields(validAnswers()));
    }
}
