package footplan.cli;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.rules.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process throughput of what {@code footplan batch} does per file, with one rule book shared by the benchmark
 * threads: run with {@code bench/jmh} (not a test; JUnit ignores it).
 *
 * <ul>
 *   <li>{@code plan}: answers file read, rules, sessions, calendar written to a new file (in
 *       {@code -Dfootplan.bench.dir}, default a temporary folder), as {@code batch} does for each person;</li>
 *   <li>{@code rules}: only the rules, for comparison.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlanBenchmark {

    private static final List<String> EXAMPLES = List.of("examples/knee-runner.yaml", "examples/office-heels.yaml",
            "examples/hip-no-floor.yaml");

    private final AtomicLong next = new AtomicLong();
    private RuleBook book;
    private List<Answers> answers;
    private Path out;
    private Environment env;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        book = RuleBook.fromFolder(Path.of("rules"));
        answers = EXAMPLES.stream().map(Path::of).map(AnswersFile::read).toList();
        String dir = System.getProperty("footplan.bench.dir");
        out = dir == null ? Files.createTempDirectory("footplan-bench-") : Files.createTempDirectory(Path.of(dir),
                "footplan-bench-");
        env = new Environment(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/Berlin")),
                () -> "bench-" + next.get(), false, new java.io.StringReader(""));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public PlanOutcome plan() {
        long n = next.getAndIncrement();
        Answers person = AnswersFile.read(Path.of(EXAMPLES.get((int) (n % EXAMPLES.size()))));
        return Planner.plan(person, book, out.resolve("person-" + n + ".ics"), false, env.stamps());
    }

    @Benchmark
    public Object rules() {
        long n = next.getAndIncrement();
        return book.prescribe(answers.get((int) (n % answers.size())));
    }
}
