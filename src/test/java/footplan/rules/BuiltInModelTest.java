package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.TestRules;
import footplan.answers.AnswersFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable model of the shipped rules, made into footplan's classes by the build: used for rule files
 * exactly like the shipped ones, never for others, and planning exactly as the rules compiled from the DRL do.
 */
class BuiltInModelTest {

    @TempDir
    Path temp;

    private Path copyOfTheRules() throws IOException {
        return Rules.copyTo(temp.resolve("rules"));
    }

    @Test
    void theShippedRulesComeFromTheModel() throws IOException {
        RuleBook fromFolder = RuleBook.fromFolder(copyOfTheRules());
        RuleBook bundled = RuleBook.bundled();

        assertThat(fromFolder.origin()).isEqualTo(RuleBook.Origin.BUILT_IN_MODEL);
        assertThat(bundled.origin()).isEqualTo(RuleBook.Origin.BUILT_IN_MODEL);
        assertThat(fromFolder.ruleNames()).isEqualTo(TestRules.BOOK.ruleNames());
    }

    @Test
    void theModelPlansEveryExampleExactlyAsTheDrlDoes() throws IOException {
        RuleBook model = RuleBook.fromFolder(copyOfTheRules());

        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !footplan.answers.CheckInsFile.isCheckInsFile(p)).sorted().toList()) {
                var answers = AnswersFile.read(example);
                assertThat(model.prescribe(answers)).as(example.toString())
                        .isEqualTo(TestRules.BOOK.prescribe(answers));
                var checkIns = footplan.answers.CheckInsFile.read(footplan.answers.CheckInsFile.defaultFor(example));
                assertThat(model.prescribe(answers, checkIns)).as(example + " with its check-ins")
                        .isEqualTo(TestRules.BOOK.prescribe(answers, checkIns));
            }
        }
    }

    @Test
    void theModelPlansGeneratedAnswersExactlyAsTheDrlDoes() {
        RuleBook model = RuleBook.bundled();

        Samples.forAll(300, GeneratedAnswers.answers(),
                answers -> assertThat(model.prescribe(answers)).isEqualTo(TestRules.BOOK.prescribe(answers)));
    }

    @Test
    void anEditedRuleFileIsCompiledFromTheDrl() throws IOException {
        Path rules = copyOfTheRules();
        Files.writeString(rules.resolve("dosage.drl"), "\n// edited\n", StandardOpenOption.APPEND);

        assertThat(RuleBook.fromFolder(rules).origin()).isEqualTo(RuleBook.Origin.COMPILED);
    }

    @Test
    void anAddedRemovedOrRenamedRuleFileIsCompiledFromTheDrl() throws IOException {
        Path added = copyOfTheRules();
        Files.writeString(added.resolve("extra.drl"), "package footplan.rules;\n");
        assertThat(RuleBook.fromFolder(added).origin())
                .isEqualTo(RuleBook.Origin.COMPILED);

        Files.delete(added.resolve("extra.drl"));
        Files.delete(added.resolve("advice.drl"));
        assertThat(RuleBook.fromFolder(added).origin())
                .isEqualTo(RuleBook.Origin.COMPILED);

        Files.copy(Path.of("rules/advice.drl"), added.resolve("tips.drl"));
        assertThat(RuleBook.fromFolder(added).origin())
                .isEqualTo(RuleBook.Origin.COMPILED);
    }

    @Test
    void compilingFromTheDrlIgnoresTheModel() throws IOException {
        assertThat(RuleBook.compiledFromDrl(copyOfTheRules()).origin()).isEqualTo(RuleBook.Origin.COMPILED);
    }

    @Test
    void theIndexListsEveryRuleFileOfTheFolderAndTheModel() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            assertThat(BuiltInModel.index()).hasValueSatisfying(index -> {
                assertThat(index.ruleFiles()).containsExactlyElementsOf(files.map(p -> p.getFileName().toString())
                        .filter(name -> name.endsWith(".drl")).sorted().toList());
                assertThat(index.modelClass()).isPresent();
            });
        }
    }

    @Test
    void anIndexWithoutAModelLineHasNoModel() {
        BuiltInModel.Index index = BuiltInModel.Index.parse("rules advice.drl\nrules budget.drl\n");

        assertThat(index.ruleFiles()).containsExactly("advice.drl", "budget.drl");
        assertThat(index.modelClass()).isEmpty();
    }
}
