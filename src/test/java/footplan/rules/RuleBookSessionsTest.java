package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule book reuses its rule sessions (Drools' session pool): a session goes back to the pool reset, whatever the
 * run before did. A run that failed half-way, by a rule that throws or one that loops, leaves nothing behind for
 * the next plan.
 */
class RuleBookSessionsTest {

    /** A rule that throws in the selection phase, for people in high heels only. */
    private static final String TRAP = """
            package footplan.rules;
            import footplan.answers.Footwear;
            import footplan.rules.facts.Selected;
            rule "Throws for heels"
                ruleflow-group "selection"
            when
                Footwear(highHeels)
                Selected(exerciseId == "heel-raises")
            then
                throw new IllegalStateException("a trap");
            end
            """;

    @Test
    void aPlanAfterRunsThatFailedIsThePlanOfAFreshBook(@TempDir Path dir) throws IOException {
        Path rules = Rules.copyTo(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-trap.drl"), TRAP);
        RuleBook book = RuleBook.fromFolder(rules);
        Answers knee = AnswersFile.read(Path.of("examples", "knee-runner.yaml"));
        Answers hip = AnswersFile.read(Path.of("examples", "hip-no-floor.yaml"));
        Answers heels = AnswersFile.read(Path.of("examples", "office-heels.yaml"));
        Routine kneePlan = book.prescribe(knee);
        Routine hipPlan = book.prescribe(hip);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> book.prescribe(heels)).isInstanceOf(RulesException.class)
                    .hasMessageContaining("a trap");
            assertThat(book.prescribe(knee)).isEqualTo(kneePlan);
            assertThatThrownBy(() -> book.prescribe(heels)).isInstanceOf(RulesException.class);
            assertThat(book.prescribe(hip)).isEqualTo(hipPlan);
        }
        assertThat(RuleBook.fromFolder(rules).prescribe(knee)).isEqualTo(kneePlan);
    }

    @Test
    void aPlanAfterARunStoppedForLoopingIsThePlanOfAFreshBook(@TempDir Path dir) throws IOException {
        Path rules = Rules.copyTo(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-loop.drl"), """
                package footplan.rules;
                import footplan.answers.Footwear;
                import footplan.rules.facts.Selected;
                rule "Selects forever for heels"
                    ruleflow-group "selection"
                when
                    Footwear(highHeels)
                    Selected($id : exerciseId)
                then
                    insert(new Selected($id, "again"));
                end
                """);
        RuleBook book = RuleBook.fromFolder(rules);
        Answers knee = AnswersFile.read(Path.of("examples", "knee-runner.yaml"));
        Answers heels = AnswersFile.read(Path.of("examples", "office-heels.yaml"));
        Routine kneePlan = book.prescribe(knee);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> book.prescribe(heels)).isInstanceOf(RulesException.class)
                    .hasMessageContaining("stopped after");
            assertThat(book.prescribe(knee)).isEqualTo(kneePlan);
        }
    }
}
