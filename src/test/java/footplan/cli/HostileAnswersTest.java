package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import footplan.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile answers files through the real command line: whatever the file holds, {@code plan} exits 2 with one
 * message that starts with "footplan: " and names the file, prints no stack trace and no plan, writes no
 * calendar, and finishes (each run has a generous hang guard; it is not a speed test).
 *
 * <p>Random cases come from a fixed seed ({@link Samples#seed()}); a failing case's name says which one it was.
 */
class HostileAnswersTest {

    /** Generous: a run takes well under a second; this only stops a hang from stopping the build. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final int RANDOM_CASES = 30;

    private static final String VALID = read(Path.of("examples/knee-runner.yaml"));

    @TempDir
    static Path dir;

    /** One hostile answers file: its name in the report and how to make it in a folder. */
    record Case(String name, Function<Path, Path> file) {
        static Case text(String name, String text) {
            return bytes(name, text.getBytes(StandardCharsets.UTF_8));
        }

        static Case bytes(String name, byte[] bytes) {
            return new Case(name, folder -> write(folder.resolve("answers.yaml"), bytes));
        }
    }

    @TestFactory
    Stream<DynamicTest> randomBytes() {
        SplittableRandom random = new SplittableRandom(Samples.seed());
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < RANDOM_CASES; i++) {
            byte[] bytes = new byte[random.nextInt(0, 3000)];
            random.nextBytes(bytes);
            cases.add(Case.bytes("random bytes #" + i + " (" + bytes.length + " bytes, seed " + Samples.seed() + ")",
                    bytes));
        }
        return tests(cases);
    }

    /** Cut anywhere before the last required answer, a valid file is missing at least that answer. */
    @TestFactory
    Stream<DynamicTest> truncatedFiles() {
        SplittableRandom random = new SplittableRandom(Samples.seed() + 1);
        int lastRequired = VALID.indexOf("  weeks:");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < RANDOM_CASES; i++) {
            int cut = random.nextInt(0, lastRequired);
            cases.add(Case.text("cut after " + cut + " characters (seed " + Samples.seed() + ")",
                    VALID.substring(0, cut)));
        }
        return tests(cases);
    }

    /** A valid file with one line changed in a way no answers file allows. */
    @TestFactory
    Stream<DynamicTest> brokenLines() {
        SplittableRandom random = new SplittableRandom(Samples.seed() + 2);
        List<String> lines = VALID.lines().toList();
        List<Integer> keyLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*[a-z_]+:.*") && !lines.get(i).contains("skip:")
                    && !lines.get(i).contains("reminder_minutes:") && !lines.get(i).contains("name:")
                    && !lines.get(i).contains("notes:")) {
                keyLines.add(i);
            }
        }
        List<Function<String, String>> breaks = List.of(
                line -> "",                                                        // a required answer deleted
                line -> line + "\n" + line,                                         // a key given twice
                line -> line.replaceFirst(":.*", ": [[1, 2], {a: b}]"),             // nested garbage as a value
                line -> line.replaceFirst(":.*", ": {deep: {deeper: [x]}}"),        // a mapping as a value
                line -> line.replaceFirst("([a-z_]+):", "$1x:"),                    // a misspelt key
                line -> "\t" + line,                                                // a tab indent
                line -> line.replaceFirst(":", ": \u0007"),                         // a control character
                line -> line.replaceFirst(":.*", ": !!binary aGVsbG8="),            // a tag
                line -> line.replaceFirst(":.*", ": 1e400"));                       // a number out of range
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < RANDOM_CASES * 2; i++) {
            int at = keyLines.get(random.nextInt(keyLines.size()));
            int how = random.nextInt(breaks.size());
            List<String> broken = new ArrayList<>(lines);
            broken.set(at, breaks.get(how).apply(lines.get(at)));
            cases.add(Case.text("break " + how + " on line " + (at + 1) + ": " + lines.get(at).strip()
                    + " (seed " + Samples.seed() + ")", String.join("\n", broken) + "\n"));
        }
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> numbersAndWordsOfTheWrongKind() {
        return tests(Stream.of(
                        "level: 4|level: \"4\"", "level: 4|level: four", "level: 4|level: 4.5", "level: 4|level: -1",
                        "level: 4|level: 0x10", "level: 4|level: 99999999999999999999999999", "level: 4|level: .nan",
                        "level: 4|level: ~", "level: 4|level: true", "session_minutes: 25|session_minutes: \"25\"",
                        "weeks: 6|weeks: six", "weeks: 6|weeks: 6 weeks", "sessions_per_week: 3|sessions_per_week: 2.5",
                        "start: 2026-12-01|start: 2026-02-30", "start: 2026-12-01|start: 12/01/2026",
                        "start: 2026-12-01|start: 1969-12-01", "time: \"07:30\"|time: 7.30",
                        "time: \"07:30\"|time: \"25:00\"", "timezone: Europe/Berlin|timezone: Mars/Olympus",
                        "timezone: Europe/Berlin|timezone: SystemV/EST5", "timezone: Europe/Berlin|timezone: +01:00",
                        "days: [mon, wed, fri]|days: [mon]", "days: [mon, wed, fri]|days: [mon, mon, wed]",
                        "days: [mon, wed, fri]|days: mon wed fri", "equipment: [chair, band, towel]|equipment: [sofa]",
                        "areas: [knee]|areas: knee", "leg_radiating: false|leg_radiating: no",
                        "running: true|running: yes", "skip: [2026-12-24, 2026-12-25]|skip: [christmas]")
                .map(change -> change.split("\\|"))
                .map(change -> Case.text(change[0] + " -> " + change[1], replace(change[0], change[1]))));
    }

    @TestFactory
    Stream<DynamicTest> yamlBombsAndAliases() {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        return tests(Stream.of(
                Case.text("billion laughs", laughs.toString()),
                Case.text("an alias for an answer", VALID.replace("level: 4", "level: &four 4")
                        .replace("session_minutes: 25", "session_minutes: *four")),
                Case.text("a merge key", "base: &base {level: 4}\npain:\n  <<: *base\n"),
                Case.text("a recursive alias", "a: &a [*a]\n"),
                Case.text("an alias to nowhere", VALID.replace("level: 4", "level: *nowhere")),
                Case.text("a complex key", "? [a, b]\n: c\n"),
                Case.text("two documents", VALID + "---\n" + VALID),
                Case.text("a Java type tag", VALID.replace("level: 4", "level: !!java.io.File /etc/passwd"))));
    }

    @TestFactory
    Stream<DynamicTest> nestedGarbage() {
        return tests(Stream.of(
                Case.text("10,000 nested lists", "[".repeat(10_000) + "]".repeat(10_000)),
                Case.text("10,000 nested mappings", "{a: ".repeat(10_000) + "}".repeat(10_000)),
                Case.text("deep block nesting", nestedBlocks(200)),
                Case.text("a list instead of the answers", "- " + VALID.replace("\n", "\n  ")),
                Case.text("a plain word", "hello"),
                Case.text("only a comment", "# nothing here\n"),
                Case.text("an empty file", ""),
                Case.text("a document marker and nothing", "---\n...\n"),
                Case.text("unclosed quote", VALID.replace("\"07:30\"", "\"07:30")),
                Case.text("unclosed list", VALID.replace("[knee]", "[knee"))));
    }

    @TestFactory
    Stream<DynamicTest> hugeFiles() {
        return tests(Stream.of(
                Case.text("64 KiB of comments after the answers", VALID + "#" + "x".repeat(64 * 1024) + "\n"),
                Case.text("a 1 MiB name", VALID.replace("name: \"Knee runner\"", "name: \"" + "x".repeat(1 << 20)
                        + "\"")),
                Case.bytes("10 MiB of zero bytes", new byte[10 << 20]),
                new Case("/dev/zero, which never ends", folder -> Path.of("/dev/zero")),
                new Case("/dev/urandom, which never ends", folder -> Path.of("/dev/urandom"))));
    }

    @TestFactory
    Stream<DynamicTest> wrongEncodings() {
        return tests(Stream.of(
                Case.bytes("UTF-16LE with a byte order mark", withBom(VALID, StandardCharsets.UTF_16LE, 0xFF, 0xFE)),
                Case.bytes("UTF-16BE with a byte order mark", withBom(VALID, StandardCharsets.UTF_16BE, 0xFE, 0xFF)),
                Case.bytes("UTF-16LE without a byte order mark", VALID.getBytes(StandardCharsets.UTF_16LE)),
                Case.bytes("UTF-32", VALID.getBytes(Charset.forName("UTF-32"))),
                Case.bytes("Latin-1 with an umlaut", VALID.replace("Knee runner", "Jörg")
                        .getBytes(StandardCharsets.ISO_8859_1)),
                Case.bytes("a surrogate encoded on its own (CESU-8)", concat(VALID.replace("Knee runner", "x")
                        .getBytes(StandardCharsets.UTF_8), new byte[] {'#', (byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                Case.bytes("a byte order mark in the middle", (VALID + "\uFEFFname: x\n").getBytes(StandardCharsets.UTF_8)),
                Case.bytes("a NUL byte", VALID.replace("Knee runner", "Knee\0runner").getBytes(StandardCharsets.UTF_8))));
    }

    @TestFactory
    Stream<DynamicTest> pathsThatAreNotAnAnswersFile() {
        return tests(Stream.of(
                new Case("a missing file", folder -> folder.resolve("missing.yaml")),
                new Case("a folder", folder -> mkdirs(folder.resolve("a folder.yaml"))),
                new Case("a path through a file", folder -> write(folder.resolve("plain"), new byte[1])
                        .resolve("answers.yaml")),
                new Case("a missing folder", folder -> folder.resolve("no such folder").resolve("answers.yaml")),
                new Case("/dev/null", folder -> Path.of("/dev/null"))));
    }

    private static Stream<DynamicTest> tests(List<Case> cases) {
        return tests(cases.stream());
    }

    private static Stream<DynamicTest> tests(Stream<Case> cases) {
        int[] n = {0};
        return cases.map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, dir.resolve("case-" + n[0]++))));
    }

    private static void check(Case hostile, Path folder) {
        mkdirs(folder);
        Path answers = hostile.file().apply(folder);
        Path calendar = folder.resolve("calendars").resolve("plan.ics");

        Cli.Result result = assertTimeoutPreemptively(HANG_GUARD,
                () -> Cli.run("plan", "--answers", answers.toString(), "--calendar", calendar.toString()));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).startsWith("footplan: " + answers + ": ")
                .doesNotContain("\tat ").doesNotContain("Exception").endsWith("\n");
        assertThat(result.err().strip().lines()).as("one line: %s", result.err()).hasSize(1);
        assertThat(result.err().length()).as("a message a person reads").isLessThan(1000);
        assertThat(result.out()).isEmpty();
        assertThat(calendar.getParent()).doesNotExist();
    }

    private static String replace(String old, String replacement) {
        assertThat(VALID).contains(old);
        return VALID.replace(old, replacement);
    }

    private static String nestedBlocks(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return yaml.append("  ".repeat(depth)).append("v\n").toString();
    }

    private static byte[] withBom(String text, Charset charset, int first, int second) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) first;
        bytes[1] = (byte) second;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
