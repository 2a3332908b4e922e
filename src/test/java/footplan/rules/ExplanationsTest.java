package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.CheckInsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code --explain} shows: one explanation per decision, none twice; each about an exercise names it, and
 * each names the answers it rests on (or rests on none, and the rule is one that never does).
 */
class ExplanationsTest {

    /** Rules whose decision rests on no answer at all: the article's own. */
    private static final Set<String> ANSWER_FREE = Set.of("Every exercise of the article starts in the routine",
            "How often to train", "Stop an exercise that makes the pain worse");

    /** The answer keys each rule file's decisions rest on; order rules are checked against the exercise's. */
    private static final Map<String, List<String>> KEYS_BY_FILE = Map.of(
            "safety", List.of("safety.", "pain.level"),
            "footwear", List.of("footwear."),
            "selection", List.of("pain.areas", "footwear."),
            "adaptation", List.of("equipment", "abilities."),
            "dosage", List.of("pain.level", "schedule.weeks"),
            "budget", List.of("session_minutes"),
            "advice", List.of("footwear.", "pain.leg_radiating"));

    /** The files whose decisions are each about one exercise; the others are about none. */
    private static final Set<String> ABOUT_AN_EXERCISE = Set.of("selection", "adaptation", "order", "dosage", "budget");

    private static final Map<String, String> FILE_OF_RULE = fileOfRule();

    private static Map<String, String> fileOfRule() {
        Map<String, String> files = new HashMap<>();
        Pattern rule = Pattern.compile("(?m)^rule \"([^\"]+)\"");
        try (Stream<Path> drl = Files.list(Path.of("rules")).filter(p -> p.toString().endsWith(".drl"))) {
            for (Path file : drl.toList()) {
                Matcher m = rule.matcher(Files.readString(file));
                while (m.find()) {
                    files.put(m.group(1), file.getFileName().toString().replace(".drl", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<Answers> samples() throws IOException {
        List<Answers> samples = new ArrayList<>(Samples.of(150, GeneratedAnswers.answers()));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml") && !CheckInsFile.isCheckInsFile(p))
                    .sorted().toList()) {
                samples.add(AnswersFile.read(example));
            }
        }
        return samples;
    }

    @Test
    void everyDecisionIsExplainedOnce() throws IOException {
        Samples.forAll(samples(), answers -> {
            List<Explanation> explanations = Rules.BOOK.prescribe(answers).explanations();
            assertThat(explanations).doesNotHaveDuplicates();
        });
    }

    @Test
    void aDecisionAboutAnExerciseNamesItAndOnlyThoseAreAboutOne() throws IOException {
        Samples.forAll(samples(), answers -> {
            for (Explanation e : Rules.BOOK.prescribe(answers).explanations()) {
                String file = FILE_OF_RULE.get(e.rule());
                assertThat(file).as("the file of rule %s", e.rule()).isNotNull();
                if (ABOUT_AN_EXERCISE.contains(file)) {
                    assertThat(e.exercise()).as(e.toString()).isNotNull();
                    assertThat(e.exerciseName()).isEqualTo(Rules.exercise(e.exercise()).name());
                    assertThat(e.reason().toLowerCase(Locale.ROOT)).as(e.toString())
                            .contains(e.exerciseName().toLowerCase(Locale.ROOT));
                } else {
                    assertThat(e.exercise()).as(e.toString()).isNull();
                }
            }
        });
    }

    @Test
    void everyDecisionNamesTheAnswersItRestsOn() throws IOException {
        Samples.forAll(samples(), answers -> {
            List<Explanation> explanations = Rules.BOOK.prescribe(answers).explanations();
            for (Explanation e : explanations) {
                String file = FILE_OF_RULE.get(e.rule());
                if (ANSWER_FREE.contains(e.rule())) {
                    assertThat(e.answers()).as(e.toString()).isEmpty();
                } else if (file.equals("order")) {
                    Set<String> emphasis = keysOf(explanations, e.exercise(), "selection");
                    Set<String> adaptation = keysOf(explanations, e.exercise(), "adaptation");
                    Set<String> both = new HashSet<>(emphasis);
                    both.addAll(adaptation);
                    assertThat(e.answers()).as(e.toString()).containsAll(emphasis);
                    assertThat(both).as(e.toString()).containsAll(e.answers());
                } else if (file.equals("dosage") && e.answers().isEmpty()) {
                    assertThat(e.reason()).as(e.toString()).contains("one dose in the article");
                } else {
                    assertThat(e.answers()).as(e.toString()).isNotEmpty()
                            .allMatch(key -> KEYS_BY_FILE.get(file).stream().anyMatch(key::startsWith));
                }
            }
        });
    }

    /** The answer keys the decisions of one rule file about one exercise name. */
    private static Set<String> keysOf(List<Explanation> explanations, String exercise, String file) {
        Set<String> keys = new HashSet<>();
        explanations.stream().filter(e -> exercise.equals(e.exercise()) && file.equals(FILE_OF_RULE.get(e.rule())))
                .forEach(e -> keys.addAll(e.answers()));
        return keys;
    }

    /** The lines that said nothing about which exercise or which answers: gone. */
    @Test
    void noReasonSaysItWithoutSayingWhat() {
        TestAnswers answers = TestAnswers.fit().pain(3, footplan.answers.PainArea.KNEE).minutes(10);
        answers.running = true;

        for (Explanation e : Rules.BOOK.prescribe(answers.build()).explanations()) {
            assertThat(e.reason()).as(e.toString())
                    .doesNotContain("this exercise", "Week 1 of", "point(s)")
                    .doesNotStartWith("Done ");
        }
    }
}
