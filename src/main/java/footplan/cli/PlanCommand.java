package footplan.cli;

import footplan.plan.JsonReport;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.plan.Trace;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.rules.RuleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan plan}: answers file in, routine and calendar out. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Make the routine and the calendar from an answers file.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", defaultValue = "answers.yaml",
            description = "Your answers (default: ${DEFAULT-VALUE}); see examples/.")
    Path answers;

    @Mixin
    PlanOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json; json puts only the document on standard output.")
    Format format;

    @Option(names = "--dry-run", description = "Show the plan and what it would change in the calendar, and write"
            + " nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        // Answers first: when both the answers and the rules are wrong, the person hears about their own file.
        Answers person = AnswersFile.read(answers);
        Trace.mark("answers read");
        RuleBook rules = options.rules.load();
        Trace.mark("rules loaded");
        PlanOutcome outcome = Planner.plan(person, rules, options.run(answers, dryRun), footplan.env.stamps());
        report(outcome, spec.commandLine().getOut());
        Trace.mark("reported");
        return outcome.routine().referred() ? ExitCode.REFERRAL : ExitCode.DONE;
    }

    private void report(PlanOutcome outcome, PrintWriter out) {
        if (format == Format.json) {
            out.print(JsonReport.of(outcome, options.explain));
            out.flush();
        } else {
            TextReport.print(outcome, options.explain, out);
        }
    }
}
