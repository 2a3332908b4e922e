package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBookTest {

    @TempDir
    Path temp;

    private Path copyOfRules() throws IOException {
        return Rules.copyTo(temp.resolve("rules"));
    }

    @Test
    void theBuiltInCopyHasTheSameRulesAsTheFolder() {
        RuleBook bundled = RuleBook.bundled();

        assertThat(bundled.ruleNames()).isEqualTo(Rules.BOOK.ruleNames());
        assertThat(bundled.catalogue()).isEqualTo(Rules.BOOK.catalogue());
    }

    @Test
    void aSyntaxErrorIsReportedAsFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget) + "\nrule \"Broken\"\nwhen\n    Dose(week ==\nthen\nend\n");

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageMatching("(?s).*" + java.util.regex.Pattern.quote(budget.toString()) + ":\\d+: .*");
    }

    @Test
    void aTypeErrorNamesTheFileTheLineAndTheUnknownProperty() throws IOException {
        Path rules = copyOfRules();
        Path safety = rules.resolve("safety.drl");
        String text = Files.readString(safety).replace("Pain(level >= 8", "Pain(levl >= 8");
        Files.writeString(safety, text);
        int line = lineOf(text, "levl");

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .hasMessageStartingWith(safety + ":" + line + ": ")
                .hasMessageContaining("levl")
                .hasMessageNotContaining("\n");
    }

    /** Drools puts a Java error in a rule's action at the rule's first line; it belongs on the line it is on. */
    @Test
    void anErrorInARulesActionIsReportedAtItsLineInTheAction() throws IOException {
        Path rules = copyOfRules();
        Path extra = rules.resolve("typo.drl");
        String text = """
                package footplan.rules;

                import footplan.answers.Pain;
                import footplan.rules.facts.Advice;

                rule "A typo in the action"
                    ruleflow-group "advice"
                when
                    $pain : Pain($level : level)
                then
                    String text = "Pain " + $level;
                    // a comment and a blank line count as lines

                    insret(new Advice("topic", text, "reason"));
                end
                """;
        Files.writeString(extra, text);

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .isInstanceOf(RulesException.class)
                .hasMessage(extra + ":" + lineOf(text, "insret") + ": rule \"A typo in the action\", in its action:"
                        + " The method insret(Advice) is undefined");
    }

    @Test
    void anErrorOnTheThenLineIsReportedThere() throws IOException {
        Path rules = copyOfRules();
        Path extra = rules.resolve("typo.drl");
        String text = """
                package footplan.rules;

                import footplan.answers.Pain;

                rule "An action on the then line"
                    ruleflow-group "advice"
                when
                    Pain()
                then int wrong = "text";
                end
                """;
        Files.writeString(extra, text);

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .hasMessageStartingWith(extra + ":" + lineOf(text, "then int") + ": ")
                .hasMessageContaining("cannot convert from String to int");
    }

    /** A variant is another way to do the exercise, never another dose: it cannot give its own ranges. */
    @Test
    void aVariantThatGivesItsOwnRangesIsRefused() throws IOException {
        Path rules = copyOfRules();
        Path catalogue = rules.resolve("exercises.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replaceFirst(
                "      dosage:\n        per_side: false\n", "      dosage:\n        sets: [4, 5]\n        per_side: false\n"));

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .hasMessageContaining("exercises.yaml: heel-raises.variants.both-feet.dosage.sets: is not a known key;"
                        + " allowed: per_side, text");
    }

    @Test
    void aVariantThatNeedsAnUnknownAbilityIsNamed() throws IOException {
        Path rules = copyOfRules();
        Path catalogue = rules.resolve("exercises.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace(
                "      position: lying\n      needs: []", "      position: lying\n      needs: [lie_on_bed]"));

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .hasMessageContaining("exercises.yaml: ankle-circles.variants.bed.needs: \"lie_on_bed\" is not one of"
                        + " stand_on_one_leg, lie_on_floor, sit_on_floor");
    }

    @Test
    void aMissingCatalogueIsNamed() throws IOException {
        Path rules = copyOfRules();
        Files.delete(rules.resolve("exercises.yaml"));

        assertThatThrownBy(() -> RuleBook.fromFolder(rules)).hasMessageContaining("exercises.yaml: is missing");
    }

    @Test
    void aCatalogueTypoIsNamedWithItsKeyPath() throws IOException {
        Path rules = copyOfRules();
        Path catalogue = rules.resolve("exercises.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replaceFirst("reps: \\[10, 20]", "reps: [20, 10]"));

        assertThatThrownBy(() -> RuleBook.fromFolder(rules))
                .hasMessageContaining("exercises.yaml: heel-raises.dosage.reps:");
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> RuleBook.fromFolder(temp.resolve("nowhere"))).hasMessageContaining("is not a folder");
    }

    @Test
    void aLoopingRuleIsStoppedWithItsName() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("zz-loop.drl"), """
                package footplan.rules;
                import footplan.rules.facts.Selected;
                rule "Select forever"
                    ruleflow-group "selection"
                when
                    Selected($id : exerciseId)
                then
                    insert(new Selected($id, "again"));
                end
                """);
        RuleBook book = RuleBook.fromFolder(rules);

        assertThatThrownBy(() -> book.prescribe(TestAnswers.fit().build()))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("\"Select forever\" fired")
                .hasMessageContaining("selection phase");
    }

    @Test
    void aRuleThatDosesOutsideTheArticleIsCaughtBeforeAnyPlanIsMade() throws IOException {
        Path rules = copyOfRules();
        Path dosage = rules.resolve("dosage.drl");
        Files.writeString(dosage, Files.readString(dosage).replace(
                "insert(Dose.of($exercise, $exercise.chosen($adaptations), $week, true,",
                "insert(new Dose($id, $week.week(), 9, 99, 0, 1, 60, true, \"too much\"));\n"
                        + "    if (false) insert(Dose.of($exercise, $exercise.chosen($adaptations), $week, true,"));
        RuleBook book = RuleBook.fromFolder(rules);

        assertThatThrownBy(() -> book.prescribe(TestAnswers.fit().build()))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("outside the article's ranges");
    }

    @Test
    void aRuleThatDropsAnAdaptationLeavesEquipmentThePersonLacks() throws IOException {
        Path rules = copyOfRules();
        Path adaptation = rules.resolve("adaptation.drl");
        Files.writeString(adaptation, Files.readString(adaptation)
                .replace("Answers(equipment not contains Equipment.BAND)", "Answers(equipment contains Equipment.BAND)"));
        RuleBook book = RuleBook.fromFolder(rules);

        assertThatThrownBy(() -> book.prescribe(TestAnswers.fit().without(footplan.answers.Equipment.BAND).build()))
                .hasMessageContaining("tibialis-anterior uses band");
    }

    @Test
    void aRuleThatDropsAnAdaptationLeavesAPositionThePersonCannotTake() throws IOException {
        Path rules = copyOfRules();
        Path adaptation = rules.resolve("adaptation.drl");
        Files.writeString(adaptation, Files.readString(adaptation).replace("Abilities(!lieOnFloor)",
                "Abilities(lieOnFloor)"));
        RuleBook book = RuleBook.fromFolder(rules);
        TestAnswers answers = TestAnswers.fit();
        answers.lieOnFloor = false;

        assertThatThrownBy(() -> book.prescribe(answers.build()))
                .hasMessageContaining("ankle-circles needs lie_on_floor, which the person cannot do");
    }

    @Test
    void aRuleThatNamesAVariantNotInTheCatalogueIsNamed() throws IOException {
        Path rules = copyOfRules();
        Path adaptation = rules.resolve("adaptation.drl");
        Files.writeString(adaptation, Files.readString(adaptation).replace("\"ankle-circles\", \"bed\"",
                "\"ankle-circles\", \"sofa\""));
        RuleBook book = RuleBook.fromFolder(rules);
        TestAnswers answers = TestAnswers.fit();
        answers.lieOnFloor = false;

        assertThatThrownBy(() -> book.prescribe(answers.build()))
                .hasMessageContaining("rule \"Cannot lie on the floor: ankle circles on a bed\": chooses variant"
                        + " \"sofa\" of ankle-circles, which is not among its variants");
    }

    @Test
    void twoVariantsOfOneExerciseAreRefused() throws IOException {
        Path rules = copyOfRules();
        Path adaptation = rules.resolve("adaptation.drl");
        Files.writeString(adaptation, Files.readString(adaptation).replace(
                "    Abilities(standOnOneLeg)\n    Answers(equipment not contains Equipment.CHAIR)\n",
                "    Answers(equipment not contains Equipment.CHAIR)\n"));
        RuleBook book = RuleBook.fromFolder(rules);
        TestAnswers answers = TestAnswers.fit().without(footplan.answers.Equipment.CHAIR);
        answers.standOnOneLeg = false;

        assertThatThrownBy(() -> book.prescribe(answers.build()))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("heel-raises has 2 variants chosen");
    }

    @Test
    void tidyKeepsTheActionablePartOfAnMvelMessage() {
        String raw = "Unable to Analyse Expression levl >= 8:\n[Error: unable to resolve method using strict-mode: "
                + "footplan.answers.Pain.levl()]\n[Near : {... levl >= 8 ....}]\n             ^\n[Line: 20, Column: 4]";

        assertThat(CompileErrors.tidy(raw)).isEqualTo("Unable to Analyse Expression levl >= 8: unable to resolve method "
                + "using strict-mode: footplan.answers.Pain.levl()");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
