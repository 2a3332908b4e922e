package footplan.cli;

import footplan.questionnaire.Answers;
import footplan.questionnaire.AnswersFile;
import footplan.rules.RuleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rules (default: rules/ when it exists, else the built-in copy).")
    Path rules;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Calendar file to write or update (default: calendars/<name>.ics).")
    Path calendar;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json; json puts only the document on standard output.")
    Format format;

    @Option(names = "--explain", description = "Show every rule that fired and why.")
    boolean explain;

    @Option(names = "--fresh", description = "Start a new program (new calendar events) instead of updating.")
    boolean fresh;

    @Override
    public Integer call() {
        Answers person = AnswersFile.read(answers);
        RuleBook ruleBook = RulesOption.load(rules);
        PlanOutcome outcome = Planner.plan(person, ruleBook, Planner.calendarFile(calendar, person), fresh,
                footplan.env);
        report(outcome, spec.commandLine().getOut());
        return outcome.routine().referred() ? ExitCode.REFERRAL : ExitCode.DONE;
    }

    private void report(PlanOutcome outcome, PrintWriter out) {
        if (format == Format.json) {
            out.print(JsonReport.of(outcome, explain));
            out.flush();
        } else {
            TextReport.print(outcome, explain, out);
        }
    }
}
