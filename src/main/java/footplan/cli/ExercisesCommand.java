package footplan.cli;

import footplan.answers.Equipment;
import footplan.rules.facts.Exercise;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan exercises}: the catalogue, with steps and the article's dosage ranges. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercises with their steps and dosage ranges.")
final class ExercisesCommand implements Runnable {

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int n = 1;
        for (Exercise e : rules.load().catalogue().exercises()) {
            out.println(n++ + ". " + e.name() + " [" + e.id() + "], " + e.position().label());
            out.println("   " + e.benefit());
            String uses = e.uses().stream().map(Equipment::key).collect(Collectors.joining(", "));
            out.println("   Uses: " + (uses.isEmpty() ? "nothing" : uses));
            out.println("   Dose: " + e.dosage().describeRanges());
            e.steps().forEach(step -> out.println("     - " + step));
            out.println();
        }
        out.println("Dosage ranges are the article's; a plan starts at the low end and builds up.");
        out.flush();
    }
}
