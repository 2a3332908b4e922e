package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footplan questionnaire} end to end, with answers piped in one per line. */
class QuestionnaireCommandTest {

    private static final int SAFETY_QUESTIONS = 8;

    @TempDir
    Path temp;

    private Path answers() {
        return temp.resolve("answers.yaml");
    }

    private Path calendar() {
        return temp.resolve("calendars").resolve("me.ics");
    }

    private Cli.Result questionnaire(List<String> lines) {
        String input = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        return Cli.runWith(Cli.environment("q-program", input), "questionnaire", "--answers", answers().toString(),
                "--calendar", calendar().toString());
    }

    /** A first run: knee pain 4, runs, chair band and towel, the offered schedule, skips Christmas Eve. */
    private static List<String> firstRun() {
        List<String> lines = new ArrayList<>(Collections.nCopies(SAFETY_QUESTIONS, "n"));
        lines.addAll(List.of("knee", "4", "n", "n", "n", "n", "y", "worn running shoes", "y", "y", "y",
                "chair, band, towel", "", "", "", "", "", "", "", "", "2026-12-24", "Sam", ""));
        return lines;
    }

    @Test
    void aFirstRunSavesTheAnswersAndPlans() throws IOException {
        Cli.Result result = questionnaire(firstRun());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Answers saved = AnswersFile.read(answers());
        assertThat(saved.name()).isEqualTo("Sam");
        assertThat(saved.schedule().start()).isEqualTo(Cli.NOW.atZone(saved.schedule().zone()).toLocalDate());
        assertThat(result.out()).contains("Safety first", "Saved your answers to " + answers(),
                "Your exercises, in the order you do them", "Calendar: " + calendar());
        assertThat(calendar()).exists();
    }

    @Test
    void anUpdateChangesOneAnswerKeepsTheRestAndUpdatesTheCalendar() throws IOException {
        questionnaire(firstRun());
        Answers before = AnswersFile.read(answers());
        List<String> update = new ArrayList<>(Collections.nCopies(SAFETY_QUESTIONS, "n"));
        update.addAll(Collections.nCopies(15, ""));
        update.add("18:00");
        update.addAll(Collections.nCopies(7, ""));

        Cli.Result result = questionnaire(update);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Answers after = AnswersFile.read(answers());
        assertThat(after.schedule().time()).hasToString("18:00");
        assertThat(after.pain()).isEqualTo(before.pain());
        assertThat(after.footwear()).isEqualTo(before.footwear());
        assertThat(result.out()).contains("Changes since last time:", "Moved (");
        assertThat(temp.resolve("answers.yaml.bak")).exists();
    }

    @Test
    void aTwelveHourTimeIsSavedAsTwentyFourHours() throws IOException {
        List<String> lines = firstRun();
        lines.set(SAFETY_QUESTIONS + 15, "6pm");

        Cli.Result result = questionnaire(lines);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(answers())).contains("  time: \"18:00\" ");
        assertThat(AnswersFile.read(answers()).schedule().time()).hasToString("18:00");
    }

    @Test
    void aYesToASafetyQuestionStopsAtOnceWithoutSavingOrPlanning() {
        Cli.Result result = questionnaire(List.of("y"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("Please see a clinician", "No routine or calendar was made")
                .doesNotContain("Your pain");
        assertThat(answers()).doesNotExist();
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void aYesToASafetyQuestionOnAnUpdateCancelsTheSessionsAheadAndKeepsTheAnswers() throws IOException {
        questionnaire(firstRun());
        byte[] answersBefore = Files.readAllBytes(answers());
        int sessions = Files.readString(calendar()).split("BEGIN:VEVENT").length - 1;

        Cli.Result result = questionnaire(List.of("y"));

        assertThat(result.exitCode()).isEqualTo(3);
        // The questionnaire starts today, Mon 23 Nov 2026 at 12:00 in Berlin: the 07:30 session of that day is past.
        assertThat(result.out()).contains("Please see a clinician", "No routine was made, and the "
                + (sessions - 1) + " sessions ahead in " + calendar() + " are now cancelled");
        assertThat(Files.readString(calendar()).split("STATUS:CANCELLED").length - 1).isEqualTo(sessions - 1);
        assertThat(Files.readAllBytes(answers())).isEqualTo(answersBefore);
    }

    @Test
    void anUpdateAsksTheSafetyQuestionsAgainWithNoDefault() throws IOException {
        questionnaire(firstRun());
        byte[] before = Files.readAllBytes(answers());

        Cli.Result result = questionnaire(Collections.nCopies(40, ""));

        assertThat(result.out()).contains("? y/n: ", "Please answer y or n").doesNotContain("y/n [n]", "Your pain");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(answers())).isEqualTo(before);
    }

    @Test
    void painOfEightStopsAtOnceWithTheRulesReferral() {
        List<String> lines = new ArrayList<>(Collections.nCopies(SAFETY_QUESTIONS, "n"));
        lines.addAll(List.of("knee", "8"));

        Cli.Result result = questionnaire(lines);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).contains("Please see a clinician",
                        "Your pain is 8 out of 10 on a typical day (pain.level)", "No routine or calendar was made")
                .doesNotContain("travel down your leg");
        assertThat(answers()).doesNotExist();
        assertThat(calendar()).doesNotExist();
    }

    @Test
    void inputThatEndsEarlyLeavesTheAnswersFileAsItWas() throws IOException {
        questionnaire(firstRun());
        byte[] before = Files.readAllBytes(answers());

        Cli.Result result = questionnaire(List.of("", "", ""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("standard input ended", "is unchanged");
        assertThat(Files.readAllBytes(answers())).isEqualTo(before);
    }

    @Test
    void noInputAtAllFailsClearlyInsteadOfHanging() {
        Cli.Result result = questionnaire(List.of());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("standard input ended");
        assertThat(answers()).doesNotExist();
    }

    @Test
    void decliningToSaveKeepsEverything() {
        List<String> lines = firstRun();
        lines.set(lines.size() - 1, "n");

        Cli.Result result = questionnaire(lines);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Nothing was saved");
        assertThat(answers()).doesNotExist();
    }

    @Test
    void changeOneAnswerBeforeSavingWithPipedInput() throws IOException {
        List<String> lines = firstRun();
        lines.remove(lines.size() - 1);
        lines.addAll(List.of("c", "time", "6:30pm", "c", "2", "knee, back", "y"));

        Cli.Result result = questionnaire(lines);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Answers saved = AnswersFile.read(answers());
        assertThat(saved.schedule().time()).hasToString("18:30");
        assertThat(saved.pain().areas()).hasSize(2);
        assertThat(result.out()).contains("Which answer do you want to change?", "  18. time: 18:30",
                "Saved your answers to " + answers());
    }

    @Test
    void inputThatEndsWhileChangingAnAnswerLeavesTheAnswersFileAsItWas() throws IOException {
        questionnaire(firstRun());
        byte[] before = Files.readAllBytes(answers());
        List<String> update = new ArrayList<>(Collections.nCopies(SAFETY_QUESTIONS, "n"));
        update.addAll(Collections.nCopies(22, ""));
        update.addAll(List.of("c", "time"));

        Cli.Result result = questionnaire(update);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("standard input ended", "is unchanged");
        assertThat(Files.readAllBytes(answers())).isEqualTo(before);
    }

    @Test
    void quittingAfterAChangeKeepsEverything() throws IOException {
        questionnaire(firstRun());
        byte[] before = Files.readAllBytes(answers());
        List<String> update = new ArrayList<>(Collections.nCopies(SAFETY_QUESTIONS, "n"));
        update.addAll(Collections.nCopies(22, ""));
        update.addAll(List.of("c", "time", "6pm", "n"));

        Cli.Result result = questionnaire(update);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Nothing was saved");
        assertThat(Files.readAllBytes(answers())).isEqualTo(before);
    }

    @Test
    void aBrokenAnswersFileIsReportedBeforeAnyQuestion() throws IOException {
        Files.writeString(answers(), "pain: [\n");

        Cli.Result result = questionnaire(firstRun());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(answers().toString(), "move it away");
        assertThat(result.out()).doesNotContain("Safety first");
    }

    @Test
    void theHelpSaysTheSafetyQuestionsHaveNoDefault() {
        Cli.Result help = Cli.run("questionnaire", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("its answers are the defaults (Enter keeps them), but"
                + " for the safety questions, which are asked afresh every time.");
    }
}
