package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a locale whose file names are plain ASCII (LANG=C, common in containers and cron jobs), Java cannot make
 * a file name with "ë" in it. The calendar is named after the answers file, not the person, so a person named
 * Zoë gets hers as {@code calendars/answers.ics}, with her name intact inside it.
 */
class PlatformEncodingTest {

    @TempDir
    Path temp;

    @Test
    void aNameBeyondAsciiPlansUnderTheCLocaleToo() throws IOException, InterruptedException {
        Path answers = temp.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(Path.of("examples/knee-runner.yaml"))
                .replace("name: \"Knee runner\"", "name: \"Zoë Smith\""));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "plan", "--answers", "answers.yaml", "--rules",
                Path.of("rules").toAbsolutePath().toString())
                .directory(temp.toFile()).redirectErrorStream(true);
        run.environment().put("LC_ALL", "C");
        run.environment().put("LANG", "C");
        run.environment().remove("FOOTPLAN_DEBUG");
        Process process = run.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.destroyForcibly();

        assertThat(finished).as("finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readString(temp.resolve("calendars").resolve("answers.ics")))
                .contains("X-WR-CALNAME:Foot routine · Zoë Smith");
    }
}
