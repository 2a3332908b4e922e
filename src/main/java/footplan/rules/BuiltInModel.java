package footplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rules built into footplan: the rule files copied into the jar under {@code rules/}, and Drools' executable
 * model made of them when footplan was built (by {@code src/build/java/footplan/build/RulesModel.java}, which also
 * writes the {@link #INDEX}). The model loads as ordinary classes, which the launcher's class-data archive holds,
 * and its conditions are Java lambdas rather than MVEL that a first session interprets: most of a second less than
 * compiling the DRL, on every plan.
 *
 * <p>The model is used only for rule files exactly like the built-in ones, by name and text; an edited, added,
 * removed or renamed file means the rules are compiled from their DRL, with their errors reported as
 * {@code file:line}.
 */
final class BuiltInModel {

    /** The build's index: a {@code rules NAME} line per built-in rule file, {@code model CLASS} when it made one. */
    static final String INDEX = "footplan/rules/built-in-rules";

    private BuiltInModel() {
    }

    /** What the build wrote: the rule files built into the jar, and the class that lists the model's rules. */
    record Index(List<String> ruleFiles, Optional<String> modelClass) {

        Index {
            ruleFiles = List.copyOf(ruleFiles);
        }

        static Index parse(String text) {
            List<String> ruleFiles = new ArrayList<>();
            String model = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("rules ")) {
                    ruleFiles.add(line.substring("rules ".length()));
                } else if (line.startsWith("model ")) {
                    model = line.substring("model ".length());
                }
            }
            return new Index(ruleFiles, Optional.ofNullable(model));
        }
    }

    /** The index on the class path; empty when footplan was built without its build step (in an IDE, say). */
    static Optional<Index> index() {
        try (InputStream in = BuiltInModel.class.getClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty()
                    : Optional.of(Index.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule base of the built-in model, when these rule files are exactly the ones it was made from. */
    static Optional<KieBase> kieBase(RuleSource source) {
        Optional<String> modelClass = index().flatMap(Index::modelClass);
        if (modelClass.isEmpty() || !sameFiles(source, RuleSource.bundled())) {
            return Optional.empty();
        }
        try {
            Model model = (Model) Class.forName(modelClass.get()).getDeclaredConstructor().newInstance();
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(model));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty(); // a partial or damaged model: the DRL compiler makes the same rules
        }
    }

    private static boolean sameFiles(RuleSource source, RuleSource builtIn) {
        List<RuleSource.RuleFile> files = source.drlFiles();
        List<RuleSource.RuleFile> expected = builtIn.drlFiles();
        if (files.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).fileName().equals(expected.get(i).fileName())
                    || !files.get(i).text().equals(expected.get(i).text())) {
                return false;
            }
        }
        return true;
    }
}
