package footplan.cli;

import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.ics.CalendarLock;
import footplan.questionnaire.Questionnaire;
import footplan.rules.Referral;
import footplan.rules.RuleBook;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan questionnaire}: ask in the terminal, save the answers, then plan exactly as {@code plan} does. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = {"Answer the questions in the terminal, save your answers, then plan.",
                "When the answers file exists, its answers are the defaults (Enter keeps them), but for the safety"
                        + " questions, which are asked afresh every time."})
final class QuestionnaireCommand implements Callable<Integer> {

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", defaultValue = "answers.yaml",
            description = "Where your answers are kept (default: ${DEFAULT-VALUE}).")
    Path answers;

    @Mixin
    PlanOptions options;

    @Override
    public Integer call() {
        Optional<Answers> previous = Files.exists(answers) ? Optional.of(readPrevious()) : Optional.empty();
        RuleBook ruleBook = options.rules.load();
        PrintWriter out = spec.commandLine().getOut();
        Environment env = footplan.env;
        Questionnaire.Screen screen = (safety, pain) -> ruleBook.screen(safety, pain).map(Referral::reasons)
                .orElse(List.of());
        Questionnaire.Outcome outcome = new Questionnaire(new BufferedReader(env.input()), out, screen, previous,
                env.zone(), options.now.date().orElse(env.today())).ask();
        out.println();
        if (outcome instanceof Questionnaire.SafetyStop stop) {
            // The answers are not saved, but the calendar of this answers file is the person's all the same.
            ZoneId zone = previous.map(p -> p.schedule().zone()).orElse(env.zone());
            Planner.Referred referred = Planner.cancelAhead(options.calendarFor(answers),
                    options.now.instant(zone, env.clock()), env.stamps(), false);
            TextReport.referral(new Referral(stop.reasons()), referred, false, out);
            return ExitCode.REFERRAL;
        }
        if (outcome instanceof Questionnaire.Cancelled cancelled) {
            return cancelled(cancelled);
        }
        Answers person = ((Questionnaire.Completed) outcome).answers();
        PlanOutcome plan;
        try (var lock = CalendarLock.forAnswers(answers)) {
            AnswersFile.write(answers, person);
            out.println("Saved your answers to " + answers + (previous.isPresent() ? " (the previous ones are in "
                    + answers + ".bak)." : "."));
            out.println();
            plan = Planner.plan(person, ruleBook, options.run(answers, false), env.stamps());
        }
        TextReport.print(plan, options.explain, out);
        return plan.routine().referred() ? ExitCode.REFERRAL : ExitCode.DONE;
    }

    private Answers readPrevious() {
        try {
            return AnswersFile.read(answers);
        } catch (footplan.UserInputException e) {
            throw new footplan.UserInputException(e.getMessage() + " (fix it, or move it away to start over)", e);
        }
    }

    private int cancelled(Questionnaire.Cancelled cancelled) {
        PrintWriter err = spec.commandLine().getErr();
        if (cancelled.inputEnded() && !footplan.env.interactive()) {
            err.println("footplan: standard input ended before the questionnaire was finished; " + answers
                    + " is unchanged. Give one answer per line, or run it in a terminal.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Nothing was saved; " + answers + " is as it was.");
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
