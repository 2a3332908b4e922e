package footplan.cli;

import footplan.answers.Equipment;
import footplan.rules.Ability;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.Variant;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code footplan exercises}: the catalogue, with steps, variants and the article's dosage ranges. */
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
            out.println(n + ". " + e.title() + " [" + e.id() + "], " + e.position().label());
            out.println("   " + e.benefit());
            describe(e.asDescribed(), "   ", out);
            if (!e.variants().isEmpty()) {
                out.println("   For a person who cannot do it this way, the rules choose one of:");
                char letter = 'a';
                for (Variant v : e.variants()) {
                    out.println("   " + n + letter++ + ". " + v.name() + " [" + v.id() + "], " + v.position().label());
                    describe(v, "       ", out);
                }
            }
            n++;
            out.println();
        }
        out.println("Dosage ranges are the article's, the same for every variant; a plan starts at the low end and,"
                + " unless the pain is 5 or more, builds up to the high end.");
        out.flush();
    }

    private static void describe(Variant v, String indent, PrintWriter out) {
        if (!v.needs().isEmpty()) {
            out.println(indent + "For someone who can: " + v.needs().stream().map(Ability::label)
                    .collect(Collectors.joining("; ")));
        }
        String uses = v.uses().stream().map(Equipment::key).collect(Collectors.joining(", "));
        out.println(indent + "Uses: " + (uses.isEmpty() ? "nothing" : uses));
        out.println(indent + "Dose: " + v.dosage().describeRanges());
        v.steps().forEach(step -> out.println(indent + "  - " + step));
    }
}
