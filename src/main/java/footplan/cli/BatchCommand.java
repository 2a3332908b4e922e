package footplan.cli;

import footplan.plan.CalendarNames;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.UserInputException;
import footplan.answers.AnswersFile;
import footplan.answers.CheckIns;
import footplan.rules.RuleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code footplan batch}: a plan and a calendar for every answers file of a folder, on several threads sharing one
 * compiled rule book. A bad file does not stop the others: every failure is listed at the end.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Plan every answers file (*.yaml, *.yml) of a folder and write one calendar per person,"
                + " named after the answers file: people/alex.yaml gives <out>/alex.ics, by default"
                + " people/calendars/alex.ics, as 'plan' does.",
                "A file that cannot be planned is reported at the end and the others go on;"
                        + " the exit code is then 2."})
final class BatchCommand implements Callable<Integer> {

    private static final int MAX_JOBS = 256;

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of answers files.")
    Path folder;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder the calendars are written to (default: calendars/ in DIR, where 'plan' writes"
                    + " them).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Plans made at once (default: twice the number of processors).")
    Integer jobs;

    @Option(names = "--fresh", description = "Start new programs (new calendar events) instead of updating.")
    boolean fresh;

    @Mixin
    RulesOption rules;

    @Mixin
    NowOption now;

    @Override
    public Integer call() throws InterruptedException {
        // A stopwatch for the summary only: nothing it measures goes into a plan or a calendar.
        long started = System.nanoTime();
        List<BatchFiles.Person> people = BatchFiles.list(folder, out());
        int threads = threads();
        BatchProgress progress = BatchProgress.of(footplan.env.interactive(), spec.commandLine().getErr(),
                people.size());
        RuleBook book = rules.load();
        List<BatchResult> results = run(people, book, threads, progress);
        progress.done();
        return report(results, (System.nanoTime() - started) / 1e9);
    }

    /** The folder the calendars go to: the one asked for, else {@code calendars/} in the folder of answers. */
    private Path out() {
        return out != null ? out : folder.resolve(CalendarNames.FOLDER);
    }

    /**
     * Twice the processors by default: each plan ends by creating, syncing and renaming files, and while one plan
     * waits for the disk another can use its processor (on 2 cores, 4 jobs plan a fifth more a second than 2).
     */
    private int threads() {
        if (jobs == null) {
            return defaultJobs(Runtime.getRuntime().availableProcessors());
        }
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw new UserInputException("--jobs " + jobs + ": give a number of plans at once from 1 to " + MAX_JOBS);
        }
        return jobs;
    }

    /** Twice the processors, within the limit {@code --jobs} has. */
    static int defaultJobs(int processors) {
        return Math.min(MAX_JOBS, 2 * processors);
    }

    private List<BatchResult> run(List<BatchFiles.Person> people, RuleBook book, int threads, BatchProgress progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "footplan-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<BatchResult> done = new ExecutorCompletionService<>(pool);
            for (BatchFiles.Person person : people) {
                done.submit(() -> plan(person, book));
            }
            BatchResult[] results = new BatchResult[people.size()];
            for (int i = 0; i < people.size(); i++) {
                BatchResult result = getResult(done);
                results[result.index()] = result;
                progress.advance(result);
            }
            return List.of(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BatchResult getResult(ExecutorCompletionService<BatchResult> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a batch task failed outside its own error handling", e.getCause());
        }
    }

    private BatchResult plan(BatchFiles.Person person, RuleBook book) {
        try {
            Planner.Run run = new Planner.Run(person.calendar(), CalendarNames.defaultFile(person.answers()), fresh,
                    false, now.moment(), CheckIns.none(), null);
            PlanOutcome outcome = Planner.plan(AnswersFile.read(person.answers()), book, run, footplan.env.stamps());
            return outcome.routine().referred() ? BatchResult.referred(person, referralNote(outcome))
                    : BatchResult.planned(person);
        } catch (UserInputException e) {
            return BatchResult.failed(person, e.getMessage(), false);
        } catch (RuntimeException e) {
            return BatchResult.failed(person, person.answers() + ": unexpected error: " + e, true);
        }
    }

    /** What the referral did to the person's calendar, when it had one. */
    private static String referralNote(PlanOutcome outcome) {
        if (outcome.calendarProblem().isPresent()) {
            return " (the calendar could not be updated: its sessions ahead are still there)";
        }
        return outcome.calendar().map(c -> " (" + c.changes().cancelled().size() + " sessions ahead cancelled in "
                + c.file() + ")").orElse("");
    }

    private int report(List<BatchResult> results, double seconds) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<BatchResult> failed = results.stream().filter(r -> r.outcome() == BatchResult.Outcome.FAILED).toList();
        if (!failed.isEmpty()) {
            stderr.println("footplan: " + failed.size() + (failed.size() == 1 ? " file" : " files")
                    + " could not be planned:");
            failed.forEach(f -> stderr.println("  " + f.message()));
            stderr.flush();
        }
        long planned = count(results, BatchResult.Outcome.PLANNED);
        long referred = count(results, BatchResult.Outcome.REFERRED);
        if (referred > 0) {
            stdout.println("Should see a clinician first (no plan made):");
            results.stream().filter(r -> r.outcome() == BatchResult.Outcome.REFERRED)
                    .forEach(r -> stdout.println("  " + r.person().answers() + r.message()));
        }
        stdout.println(summary(results.size(), planned, referred, failed.size(), seconds));
        stdout.flush();
        if (failed.stream().anyMatch(BatchResult::unexpected)) {
            return ExitCode.UNEXPECTED;
        }
        return failed.isEmpty() ? ExitCode.DONE : ExitCode.BAD_INPUT;
    }

    private String summary(int files, long planned, long referred, int failed, double seconds) {
        String rate = seconds > 0 ? String.format(Locale.ROOT, "%.0f", (planned + referred) / seconds) : "-";
        return String.format(Locale.ROOT, "Batch: %d planned, %d referred, %d failed of %d %s in %.2f s"
                        + " (%s plans/s); calendars in %s", planned, referred, failed, files,
                files == 1 ? "file" : "files", seconds, rate, out());
    }

    private static long count(List<BatchResult> results, BatchResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
