package footplan.cli;

import footplan.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan check-rules}: compile the knowledge base and say whether it is usable. */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = "Compile the rules and the exercise catalogue and report any error as file:line.")
final class CheckRulesCommand implements Runnable {

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public void run() {
        RuleBook book = rules.load();
        spec.commandLine().getOut().println("Rules OK: " + book.ruleNames().size() + " rules and "
                + book.catalogue().exercises().size() + " exercises from " + book.label() + ".");
        spec.commandLine().getOut().flush();
    }
}
