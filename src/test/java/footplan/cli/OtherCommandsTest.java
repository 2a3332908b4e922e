package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path temp;

    @Test
    void exercisesListsTheCatalogueWithTheArticlesRanges() {
        Cli.Result result = Cli.run("exercises");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Heel raises [heel-raises]", "Toe walking", "Ankle circles",
                "Tibialis anterior", "Towel toe curls");
    }

    /** Each exercise's dose in its own words with the article's ranges, not a generic "sets of reps". */
    @Test
    void exercisesDescribesEachDoseInItsOwnWords() {
        Cli.Result result = Cli.run("exercises");

        assertThat(result.out()).contains(
                "Dose: 2-3 sets of 10-20 slow raises on each leg",
                "Dose: 6 rounds of 3 tiptoe walks of 20 s (toes straight, then out, then in), resting 10-15 s"
                        + " between rounds",
                "Dose: 5 sets on each foot of 5-10 circles each way",
                "Dose: 3 sets on each foot of 10 toe pulls, holding each for 2 s",
                "Dose: 5 sets of 5-10 scrunches in each direction, then 5 towel grips of 10 s with each foot")
                .doesNotContain("sets of 3 reps", "{");
    }

    @Test
    void exercisesListsTheVariantsTheRulesMayChoose() {
        String out = Cli.run("exercises").out();

        assertThat(out).contains(
                "4. Tibialis anterior with a band [tibialis-anterior], sitting on the floor",
                "4c. Tibialis anterior without a band [chair-no-band], sitting on a chair",
                "1b. Heel raises on both feet, holding a chair [both-feet], standing",
                "Dose: 2-3 sets of 10-20 slow raises on both feet together",
                "5c. Toe curls with a cloth [cloth-bed-or-sofa], sitting on the edge of a bed or sofa",
                "For someone who can: sit on the floor and get up again",
                "the same for every variant");
    }

    @Test
    void checkRulesReportsAHealthyKnowledgeBase() {
        Cli.Result result = Cli.run("check-rules");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Rules OK: ").contains("5 exercises");
    }

    @Test
    void checkRulesReportsAnErrorAsFileAndLine() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/exercises.yaml"), rules.resolve("exercises.yaml"));
        Files.writeString(rules.resolve("bad.drl"), "package footplan.rules;\n\nrule \"Half a rule\"\nwhen\n");

        Cli.Result result = Cli.run("check-rules", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("footplan: " + rules.resolve("bad.drl") + ":");
    }

    @Test
    void checkRulesReportsAnErrorInAnActionAtItsLine() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/exercises.yaml"), rules.resolve("exercises.yaml"));
        Files.writeString(rules.resolve("typo.drl"), String.join("\n",
                "package footplan.rules;",                                   // 1
                "import footplan.answers.Pain;",                             // 2
                "import footplan.rules.facts.Advice;",                       // 3
                "rule \"Advice with a typo\"",                               // 4
                "    ruleflow-group \"advice\"",                             // 5
                "when",                                                      // 6
                "    Pain($level : level)",                                  // 7
                "then",                                                      // 8
                "    String text = \"Pain \" + $level;",                      // 9
                "    String reason = \"because\";",                          // 10
                "    insret(new Advice(\"pain\", text, reason));",            // 11: the action's 3rd line
                "end", ""));

        Cli.Result result = Cli.run("check-rules", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("footplan: " + rules.resolve("typo.drl") + ":11: rule"
                + " \"Advice with a typo\", in its action: The method insret(Advice) is undefined");
    }

    @Test
    void checkRulesOnAMissingFolderIsBadInput() {
        Cli.Result result = Cli.run("check-rules", "--rules", temp.resolve("none").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is not a folder of rules");
    }

    @Test
    void noCommandShowsTheCommandsAndIsBadInput() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("plan", "questionnaire", "exercises", "check-rules");
    }

    @Test
    void anUnknownCommandIsBadInput() {
        Cli.Result result = Cli.run("plna");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("plna");
    }
}
