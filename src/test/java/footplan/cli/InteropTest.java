package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example calendars read by independent programs: Python icalendar with recurring_ical_events, and khal.
 * Both must see the sessions footplan reports, at the same local times. Skipped where the tools are missing,
 * except in CI, which installs them.
 */
class InteropTest {

    private static final Path READ_ICS = Path.of("src/test/resources/interop/read_ics.py");
    private static final DateTimeFormatter KHAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TempDir
    Path temp;

    @BeforeAll
    static void toolsAreThere() throws Exception {
        boolean available = run(List.of("/usr/bin/python3", "-c", "import icalendar, recurring_ical_events"))
                .exit() == 0 && run(List.of("khal", "--version")).exit() == 0;
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install khal, python3-icalendar and python3-recurring-ical-events");
        }
        assumeTrue(available, "khal or Python icalendar is not installed here");
    }

    private record Output(int exit, String text) {
    }

    private static Output run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Output(127, notInstalled.getMessage());
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Output(process.exitValue(), text);
    }

    private JsonNode plan(String answers, Path calendar) throws IOException {
        Cli.Result result = Cli.run("plan", "--answers", answers, "--calendar", calendar.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static List<OffsetDateTime> confirmedStarts(JsonNode doc) {
        return StreamSupport.stream(doc.get("sessions").spliterator(), false)
                .filter(s -> s.get("status").asText().equals("confirmed"))
                .map(s -> OffsetDateTime.parse(s.get("start").asText()))
                .sorted().toList();
    }

    private Path khalConfig(String zone) throws IOException {
        Path calendars = Files.createDirectories(temp.resolve("khal-calendar"));
        Path config = temp.resolve("khal.conf");
        Files.writeString(config, String.join("\n",
                "[calendars]", "[[footplan]]", "path = " + calendars, "type = calendar", "",
                "[locale]", "timeformat = %H:%M", "dateformat = %Y-%m-%d", "longdateformat = %Y-%m-%d",
                "datetimeformat = %Y-%m-%d %H:%M", "longdatetimeformat = %Y-%m-%d %H:%M",
                "local_timezone = " + zone, "default_timezone = " + zone, ""));
        return config;
    }

    private static List<String> khalList(Path config, String from, String to) throws Exception {
        Output listed = run(List.of("khal", "-c", config.toString(), "list", "--format", "{status}{start}",
                "--day-format", "", from, to));
        assertThat(listed.exit()).as(listed.text()).isZero();
        return listed.text().lines().filter(line -> !line.isBlank()).map(line -> line.replaceFirst("^CONFIRMED ", ""))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
            "examples/knee-runner.yaml,  Europe/Berlin",
            "examples/office-heels.yaml, America/New_York",
            "examples/hip-no-floor.yaml, Pacific/Auckland"})
    void pythonIcalendarSeesTheSameSessionsAtTheSameTimes(String answers, String zone) throws Exception {
        Path calendar = temp.resolve("plan.ics");
        List<OffsetDateTime> ours = confirmedStarts(plan(answers, calendar));

        Output read = run(List.of("/usr/bin/python3", READ_ICS.toString(), calendar.toString(),
                ours.get(0).toLocalDate().minusDays(1).toString(), ours.get(ours.size() - 1).toLocalDate().toString()));

        assertThat(read.exit()).as(read.text()).isZero();
        JsonNode python = new ObjectMapper().readTree(read.text());
        assertThat(python.get("count").asInt()).isEqualTo(ours.size());
        List<OffsetDateTime> theirs = new ArrayList<>();
        python.get("starts").forEach(s -> theirs.add(OffsetDateTime.parse(s.asText())));
        assertThat(theirs).isEqualTo(ours);
        assertThat(python.get("alarms").asInt()).isEqualTo(ours.size());
    }

    @ParameterizedTest
    @CsvSource({
            "examples/knee-runner.yaml,  Europe/Berlin",
            "examples/office-heels.yaml, America/New_York",
            "examples/hip-no-floor.yaml, Pacific/Auckland"})
    void khalImportsTheSessionsAtTheSameLocalTimes(String answers, String zone) throws Exception {
        Path calendar = temp.resolve("plan.ics");
        List<OffsetDateTime> ours = confirmedStarts(plan(answers, calendar));
        Path config = khalConfig(zone);

        Output imported = run(List.of("khal", "-c", config.toString(), "import", "--batch", "-a", "footplan",
                calendar.toString()));

        assertThat(imported.exit()).as(imported.text()).isZero();
        List<String> listed = khalList(config, ours.get(0).toLocalDate().toString(),
                ours.get(ours.size() - 1).toLocalDate().plusDays(1).toString());
        List<String> expected = ours.stream()
                .map(start -> KHAL_TIME.format(start.atZoneSameInstant(java.time.ZoneId.of(zone)))).toList();
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void reimportingIntoKhalAfterAChangeUpdatesInsteadOfDuplicating() throws Exception {
        Path answers = temp.resolve("answers.yaml");
        String text = Files.readString(Path.of("examples/knee-runner.yaml"));
        Files.writeString(answers, text);
        Path calendar = temp.resolve("plan.ics");
        Path config = khalConfig("Europe/Berlin");
        List<OffsetDateTime> first = confirmedStarts(plan(answers.toString(), calendar));
        run(List.of("khal", "-c", config.toString(), "import", "--batch", "-a", "footplan", calendar.toString()));
        Files.writeString(answers, text.replace("time: \"07:30\"", "time: \"18:00\"").replace("weeks: 6", "weeks: 4"));

        List<OffsetDateTime> second = confirmedStarts(plan(answers.toString(), calendar));
        Output again = run(List.of("khal", "-c", config.toString(), "import", "--batch", "-a", "footplan",
                calendar.toString()));

        assertThat(again.exit()).as(again.text()).isZero();
        List<String> listed = khalList(config, "2026-11-30", "2027-02-01");
        assertThat(listed.stream().filter(l -> !l.startsWith("CANCELLED"))).hasSize(second.size())
                .allMatch(l -> l.endsWith("18:00"));
        assertThat(listed.stream().filter(l -> l.startsWith("CANCELLED"))).hasSize(first.size() - second.size());
    }

    /**
     * Issue 13: a new program's file carries the old program's sessions ahead as cancelled, and a referral cancels
     * the sessions ahead; imported into khal one after the other, no two sessions are ever confirmed at one time,
     * the past stays as it was, and after the referral nothing ahead is confirmed.
     */
    @Test
    void khalSeesOneSessionAtATimeAfterAFreshProgramAndNoneAheadAfterAReferral() throws Exception {
        Path answers = temp.resolve("answers.yaml");
        String text = Files.readString(Path.of("examples/knee-runner.yaml"));
        Files.writeString(answers, text);
        Path calendar = temp.resolve("plan.ics");
        Path config = khalConfig("Europe/Berlin");
        List<String> khalImport = List.of("khal", "-c", config.toString(), "import", "--batch", "-a", "footplan",
                calendar.toString());
        plan(answers.toString(), calendar);
        run(khalImport);
        Cli.Result fresh = Cli.runWith(Cli.environment("fresh-program", ""), "plan", "--answers", answers.toString(),
                "--calendar", calendar.toString(), "--fresh", "--now", "2026-12-09");
        assertThat(fresh.exitCode()).as(fresh.toString()).isZero();

        Output again = run(khalImport);

        assertThat(again.exit()).as(again.text()).isZero();
        List<String> listed = khalList(config, "2026-11-30", "2027-02-01");
        List<String> confirmed = listed.stream().filter(l -> !l.startsWith("CANCELLED")).toList();
        assertThat(confirmed).doesNotHaveDuplicates().hasSize(17);
        assertThat(listed.stream().filter(l -> l.startsWith("CANCELLED"))).hasSize(14);

        Files.writeString(answers, text.replace("recent_fall_or_injury: false", "recent_fall_or_injury: true"));
        assertThat(Cli.run("plan", "--answers", answers.toString(), "--calendar", calendar.toString(), "--now",
                "2026-12-09").exitCode()).isEqualTo(3);
        assertThat(run(khalImport).exit()).isZero();

        assertThat(khalList(config, "2026-12-09", "2027-02-01")).allMatch(l -> l.startsWith("CANCELLED"))
                .hasSize(28);
        assertThat(khalList(config, "2026-11-30", "2026-12-08")).containsExactly("2026-12-02 07:30",
                "2026-12-04 07:30", "2026-12-07 07:30");
    }
}
