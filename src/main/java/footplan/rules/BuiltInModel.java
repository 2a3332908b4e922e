package footplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The shipped rules as Drools' executable model: generated from {@code rules/*.drl} when footplan is built and
 * compiled into its classes (the build step is {@code ModelGenerator}, with the tests). Loading it is loading
 * ordinary classes, which the launcher's class-data archive holds, where the cache of compiled rules must
 * deserialize a rule base; and its conditions are Java lambdas rather than MVEL, which a first session
 * interprets. Together that is about a fifth of a second of every plan.
 *
 * <p>It is used only for rule files exactly like the ones it was made from (the build keeps a copy of them
 * beside it); an edited, added, removed or renamed file means the rules are compiled from the DRL as before, with
 * their errors reported as {@code file:line}.
 */
final class BuiltInModel {

    /** Where the generator puts the index and the copies of the rule files, inside footplan's classes. */
    static final String FOLDER = "footplan/rules/model";
    static final String INDEX = FOLDER + "/index";

    private BuiltInModel() {
    }

    /**
     * What the generator wrote: the class that lists the rules, a fingerprint of the classes and jars it was made
     * with (for the generator's own up-to-date check), the rule files it was made from (name and text) and the
     * class files it wrote.
     */
    record Index(String modelClass, String inputs, Map<String, String> ruleFiles, List<String> classFiles) {

        Index {
            ruleFiles = Map.copyOf(ruleFiles);
            classFiles = List.copyOf(classFiles);
        }

        /** Whether these rule files, by name and text, are exactly the ones the model was made from. */
        boolean madeFrom(RuleSource source) {
            Map<String, String> files = new LinkedHashMap<>();
            source.drlFiles().forEach(file -> files.put(fileName(file), file.text()));
            return files.equals(ruleFiles);
        }

        /** The index as the generator writes it: one {@code kind value} per line. */
        String text() {
            StringBuilder text = new StringBuilder("model ").append(modelClass).append('\n');
            text.append("inputs ").append(inputs).append('\n');
            ruleFiles.keySet().stream().sorted().forEach(name -> text.append("rules ").append(name).append('\n'));
            classFiles.forEach(name -> text.append("class ").append(name).append('\n'));
            return text.toString();
        }

        /** Reads an index; {@code copies} gives the text of a rule file copied beside it, by name. */
        static Optional<Index> parse(String text, Function<String, Optional<String>> copies) {
            String model = null;
            String inputs = null;
            Map<String, String> ruleFiles = new LinkedHashMap<>();
            List<String> classFiles = new ArrayList<>();
            for (String line : text.split("\n")) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                String value = line.substring(space + 1);
                switch (line.substring(0, space)) {
                    case "model" -> model = value;
                    case "inputs" -> inputs = value;
                    case "rules" -> {
                        Optional<String> copy = copies.apply(value);
                        if (copy.isEmpty()) {
                            return Optional.empty();
                        }
                        ruleFiles.put(value, copy.get());
                    }
                    case "class" -> classFiles.add(value);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return model == null || inputs == null || ruleFiles.isEmpty() ? Optional.empty()
                    : Optional.of(new Index(model, inputs, ruleFiles, classFiles));
        }
    }

    /** The rule base of the built-in model, when these rule files are exactly the ones it was made from. */
    static Optional<KieBase> kieBase(RuleSource source) {
        Optional<Index> index = bundledIndex();
        if (index.isEmpty() || !index.get().madeFrom(source)) {
            return Optional.empty();
        }
        try {
            Model model = (Model) Class.forName(index.get().modelClass()).getDeclaredConstructor().newInstance();
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(model));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty(); // a partial or damaged model: the DRL compiler makes the same rules
        }
    }

    /** The name a rule file has in the index: its file name, wherever it was read from. */
    static String fileName(RuleSource.RuleFile file) {
        String name = file.displayName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The index inside a folder of classes, as the generator sees it. */
    static Optional<Index> index(Path classes) {
        Path index = classes.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        return Index.parse(readText(index), name -> {
            Path copy = classes.resolve(FOLDER).resolve(name);
            return Files.isRegularFile(copy) ? Optional.of(readText(copy)) : Optional.empty();
        });
    }

    /** The index on the class path, as footplan sees it at run time; empty when the build made none. */
    private static Optional<Index> bundledIndex() {
        return resource(INDEX).flatMap(text -> Index.parse(text, name -> resource(FOLDER + "/" + name)));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = BuiltInModel.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
