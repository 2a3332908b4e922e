package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that writes the executable model: it must notice everything the model depends on, never leave
 * an old model's classes behind, and turn rules that do not compile into a warning rather than a broken build.
 */
class ModelGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void onlyTheModelsClassesAndCopiesCountAsGenerated() {
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/Rules39C4EE715D2A3627EDCEFF087A33F17D.class")))
                .isTrue();
        assertThat(ModelGenerator.isGenerated(
                Path.of("footplan/rules/Rules39C4EE715D2A3627EDCEFF087A33F17DRuleMethods3.class"))).isTrue();
        assertThat(ModelGenerator.isGenerated(Path.of(
                "footplan/rules/DomainClassesMetadata39C4EE715D2A3627EDCEFF087A33F17D$java_lang_Long_Metadata.class")))
                .isTrue();
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/P3C/LambdaPredicate3C1.class"))).isTrue();
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/model/index"))).isTrue();

        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/RuleBook.class"))).isFalse();
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/RuleSource$RuleFile.class"))).isFalse();
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/facts/Dose.class"))).isFalse();
        assertThat(ModelGenerator.isGenerated(Path.of("footplan/rules/Planning.class"))).isFalse();
    }

    @Test
    void theFingerprintChangesWithAFactClassButNotWithTheModelsOwnFiles() throws IOException {
        Path classes = temp.resolve("classes");
        write(classes.resolve("footplan/rules/facts/Dose.class"), "version 1");
        String before = ModelGenerator.fingerprint(classes);

        write(classes.resolve("footplan/rules/Rules0123456789ABCDEF0123456789ABCDEF.class"), "model");
        write(classes.resolve("footplan/rules/P0A/LambdaPredicate0A1.class"), "lambda");
        write(classes.resolve("footplan/rules/model/index"), "index");
        assertThat(ModelGenerator.fingerprint(classes)).isEqualTo(before);

        write(classes.resolve("footplan/rules/facts/Dose.class"), "version 2");
        assertThat(ModelGenerator.fingerprint(classes)).isNotEqualTo(before);
    }

    @Test
    void aModelIsMadeOnceAndThenUpToDateUntilAClassItDependsOnChanges() throws IOException {
        Path rules = Rules.copyTo(temp.resolve("rules"));
        Path classes = temp.resolve("classes");
        write(classes.resolve("footplan/rules/facts/Dose.class"), "version 1");

        assertThat(generate(rules, classes)).contains("wrote the executable model");
        assertThat(BuiltInModel.index(classes)).hasValueSatisfying(index ->
                assertThat(index.classFiles()).isNotEmpty().allSatisfy(name ->
                        assertThat(ModelGenerator.isGenerated(Path.of(name))).as(name).isTrue()));
        assertThat(generate(rules, classes)).contains("is up to date");

        write(classes.resolve("footplan/rules/facts/Dose.class"), "version 2");
        assertThat(generate(rules, classes)).contains("wrote the executable model");
    }

    @Test
    void rulesThatDoNotCompileLeaveNoModelAndNoOldClassesButDoNotFailTheBuild() throws IOException {
        Path rules = Rules.copyTo(temp.resolve("rules"));
        Files.writeString(rules.resolve("dosage.drl"), "\nrule \"broken\" when then oops(\n",
                StandardOpenOption.APPEND);
        Path classes = temp.resolve("classes");
        write(classes.resolve("footplan/rules/RuleBook.class"), "ours");
        write(classes.resolve("footplan/rules/Rules0123456789ABCDEF0123456789ABCDEF.class"), "an old model");
        write(classes.resolve("footplan/rules/P0A/LambdaPredicate0A1.class"), "an old lambda");
        write(classes.resolve("footplan/rules/model/index"), "damaged");

        assertThat(generate(rules, classes)).contains("WARNING", "do not compile", "dosage.drl");
        assertThat(classes.resolve("footplan/rules/RuleBook.class")).hasContent("ours");
        assertThat(classes.resolve("footplan/rules/Rules0123456789ABCDEF0123456789ABCDEF.class")).doesNotExist();
        assertThat(classes.resolve("footplan/rules/P0A")).doesNotExist();
        assertThat(classes.resolve(BuiltInModel.INDEX)).doesNotExist();
    }

    /** Runs the generator and returns what it said. */
    private static String generate(Path rules, Path classes) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelGenerator.generate(rules, classes, new PrintStream(log, true, StandardCharsets.UTF_8));
        return log.toString(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
