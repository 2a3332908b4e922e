package footplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text of the knowledge base: the catalogue and the {@code .drl} files, read from a folder on
 * disk (so people can edit them) or, when there is no such folder, from the copy inside the jar.
 */
record RuleSource(String label, String catalogue, List<RuleFile> drlFiles) {

    static final String CATALOGUE = "exercises.yaml";

    /** One rule file and the name it is reported under, e.g. {@code rules/budget.drl}. */
    record RuleFile(String displayName, String text) {

        /** The name without its folder, e.g. {@code budget.drl}. */
        String fileName() {
            return displayName.substring(Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\')) + 1);
        }
    }

    RuleSource {
        drlFiles = List.copyOf(drlFiles);
    }

    static RuleSource fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RulesException(folder + ": is not a folder of rules");
        }
        String catalogue = read(folder.resolve(CATALOGUE));
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                files.add(new RuleFile(file.toString(), read(file)));
            }
        } catch (IOException e) {
            throw new RulesException(folder + ": cannot list the rule files (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new RulesException(folder + ": has no .drl rule files");
        }
        return new RuleSource(folder.toString(), catalogue, files);
    }

    /** The rule files built into the jar, as the build's index lists them. */
    static RuleSource bundled() {
        BuiltInModel.Index index = BuiltInModel.index().orElseThrow(() -> new IllegalStateException(
                "footplan was built without the index of its built-in rules (" + BuiltInModel.INDEX
                        + "); build it with Maven"));
        List<RuleFile> files = index.ruleFiles().stream()
                .map(name -> new RuleFile("(built-in) rules/" + name, resource(name))).toList();
        return new RuleSource("(built-in rules)", resource(CATALOGUE), files);
    }

    /** Where the catalogue is reported from. */
    String catalogueName() {
        return label.startsWith("(") ? "(built-in) rules/" + CATALOGUE : Path.of(label, CATALOGUE).toString();
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RulesException(file + ": is missing; the rules folder needs it");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static String resource(String name) {
        try (InputStream in = RuleSource.class.getResourceAsStream("/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no built-in rules/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
