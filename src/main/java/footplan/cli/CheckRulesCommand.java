package footplan.cli;

import footplan.rules.RuleBook;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code footplan check-rules}: compile the knowledge base and say whether it is usable. */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = "Compile the rules and the exercise catalogue and report any error as file:line.")
final class CheckRulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rules (default: rules/ when it exists, else the built-in copy).")
    Path rules;

    @Override
    public void run() {
        RuleBook book = RulesOption.load(rules);
        spec.commandLine().getOut().println("Rules OK: " + book.ruleNames().size() + " rules and "
                + book.catalogue().exercises().size() + " exercises from " + book.label() + ".");
        spec.commandLine().getOut().flush();
    }
}
