package footplan.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step, not a test: turns {@code rules/*.drl} into Drools' executable model and writes its classes into
 * footplan's classes, with an index ({@link BuiltInModel#INDEX}) and a copy of the rule files it was made from.
 * Maven runs it before the tests ({@code process-test-classes}); it lives with the tests because it needs
 * drools-model-codegen, which footplan itself does not ship.
 *
 * <p>Usage: {@code ModelGenerator RULES_FOLDER CLASSES_FOLDER}. It does nothing when the index already says it was
 * made from exactly these rule files, and removes the classes of the model before when it makes a new one.
 */
public final class ModelGenerator {

    private static final String MODEL_LIST = "META-INF/kie/org.default/artifact/drools-model";

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelGenerator RULES_FOLDER CLASSES_FOLDER");
        }
        RuleSource source = RuleSource.fromFolder(Path.of(args[0]));
        Path classes = Path.of(args[1]);
        if (BuiltInModel.index(classes).filter(index -> index.madeFrom(source)).isPresent()) {
            System.out.println("footplan: the executable model of " + args[0] + " is up to date");
            return;
        }
        removePrevious(classes);
        InternalKieModule module = build(source);
        String modelClass = modelClass(module);
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && name.startsWith("footplan/")) {
                write(classes.resolve(name), module.getBytes(name));
                written.add(name);
            }
        }
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        source.drlFiles().forEach(file -> ruleFiles.put(BuiltInModel.fileName(file), file.text()));
        BuiltInModel.Index index = new BuiltInModel.Index(modelClass, ruleFiles, written);
        for (RuleSource.RuleFile file : source.drlFiles()) {
            write(classes.resolve(BuiltInModel.FOLDER).resolve(BuiltInModel.fileName(file)),
                    file.text().getBytes(StandardCharsets.UTF_8));
        }
        write(classes.resolve(BuiltInModel.INDEX), index.text().getBytes(StandardCharsets.UTF_8));
        System.out.println("footplan: wrote the executable model of " + args[0] + " (" + written.size()
                + " classes, " + modelClass + ")");
    }

    private static InternalKieModule build(RuleSource source) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.writeKModuleXML(services.newKieModuleModel().toXML());
        for (RuleSource.RuleFile file : source.drlFiles()) {
            files.write("src/main/resources/footplan/rules/" + BuiltInModel.fileName(file), file.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile to an executable model: " + errors);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    /** The generated class that lists the rules, named in the module's model list (after its version line). */
    private static String modelClass(InternalKieModule module) {
        List<String> lines = new String(module.getBytes(MODEL_LIST), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("Drools-Model-Version")).toList();
        if (lines.size() != 1) {
            throw new IllegalStateException("expected one model class in " + MODEL_LIST + ", found " + lines);
        }
        return lines.get(0).strip();
    }

    /** The previous model's classes: their names carry a hash, so a new model would otherwise sit beside them. */
    private static void removePrevious(Path classes) throws IOException {
        var previous = BuiltInModel.index(classes);
        if (previous.isEmpty()) {
            return;
        }
        for (String name : previous.get().classFiles()) {
            Files.deleteIfExists(classes.resolve(name));
        }
        try (Stream<Path> copies = Files.list(classes.resolve(BuiltInModel.FOLDER))) {
            for (Path copy : copies.toList()) {
                Files.delete(copy);
            }
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
