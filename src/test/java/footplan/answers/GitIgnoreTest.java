package footplan.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person's answers and check-ins hold their health answers: kept out of git at the project root, where the
 * commands write them by default, while the examples and the rules' data stay tracked. Asks git itself, so the
 * patterns are checked as git reads them; skipped where git or the work tree is not there (a source archive).
 */
class GitIgnoreTest {

    private static int checkIgnore(String path) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "check-ignore", "--no-index", "-q", path)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assumeTrue(git.waitFor(30, TimeUnit.SECONDS), "git did not answer");
        return git.exitValue();
    }

    private static void assumeGit() {
        assumeTrue(Files.exists(Path.of(".gitignore")) && Files.exists(Path.of(".git")), "not a git work tree");
        try {
            assumeTrue(new ProcessBuilder("git", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0, "no git");
        } catch (IOException | InterruptedException e) {
            assumeTrue(false, "no git: " + e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"answers.yaml", "answers.yaml.bak", "answers.checkins.yaml", "answers.checkins.yaml.bak",
            "alex.checkins.yaml", "alex.checkins.yaml.bak", ".answers.yaml.tmp"})
    void personalFilesAtTheRootAreIgnored(String path) throws IOException, InterruptedException {
        assumeGit();
        assertEquals(0, checkIgnore(path), path + " is not ignored");
    }

    /** A calendar is written beside its answers file: at the root, in examples/, or in any folder of answers. */
    @ParameterizedTest
    @ValueSource(strings = {"calendars/answers.ics", "calendars/answers.ics.bak", "calendars/.answers.ics.lock",
            "calendars/.answers.ics.sequences", "calendars/.answers.ics.tmp", "examples/calendars/knee-runner.ics",
            "examples/calendars/knee-runner.ics.bak", "examples/calendars/.knee-runner.ics.lock",
            "examples/calendars/.knee-runner.ics.sequences", "people/calendars/alex.ics"})
    void calendarsAreIgnoredWhereverTheyAreWritten(String path) throws IOException, InterruptedException {
        assumeGit();
        assertEquals(0, checkIgnore(path), path + " is not ignored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/office-heels.yaml", "examples/answers.yaml", "examples/alex.checkins.yaml",
            "rules/exercises.yaml", "pom.xml"})
    void examplesAndRulesAreNot(String path) throws IOException, InterruptedException {
        assumeGit();
        assertEquals(1, checkIgnore(path), path + " is ignored");
    }
}
