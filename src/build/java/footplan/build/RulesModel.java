package footplan.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step, run by Maven as a single-file program after footplan's classes are compiled: turns
 * {@code rules/*.drl} into Drools' executable model and writes its classes into footplan's classes, with an index
 * that footplan reads at run time ({@code footplan.rules.BuiltInModel}): the rule files built into the jar, one
 * {@code rules NAME} line each, and the class that lists the model's rules, {@code model CLASS}.
 *
 * <p>Usage: {@code java -cp CLASSPATH RulesModel.java RULES_FOLDER CLASSES_FOLDER [INPUT...]}. What it writes is
 * listed in {@code rules-model.files} beside the classes folder and removed at the next run first, because the
 * model's class names carry hashes of the rules: an edited rule would otherwise leave the old classes in the jar.
 * It does nothing when that list is newer than the rule files, the folder, footplan's other classes (which the
 * model calls) and the other inputs named (the pom, which holds Drools' version, and this file): making the model
 * takes several seconds of CPU, at every build.
 *
 * <p>Rules that do not compile are not a build failure: it says so and writes no {@code model} line, and footplan
 * then compiles the DRL at run time and reports each error as {@code file:line}, as it does for edited rules.
 */
public final class RulesModel {

    /** Where footplan looks for the index; {@code BuiltInModel.INDEX} names the same resource. */
    private static final String INDEX = "footplan/rules/built-in-rules";

    /** Drools' list of the model's classes, one line, after a version line. */
    private static final String MODEL_LIST = "META-INF/kie/org.default/artifact/drools-model";

    private RulesModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RulesModel RULES_FOLDER CLASSES_FOLDER [INPUT...]");
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path written = classes.resolveSibling("rules-model.files");
        List<Path> drlFiles;
        try (Stream<Path> listing = Files.list(rules)) {
            drlFiles = listing.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        Set<Path> previous = new HashSet<>();
        if (Files.exists(written)) {
            for (String name : Files.readAllLines(written, StandardCharsets.UTF_8)) {
                previous.add(classes.resolve(name));
            }
            List<Path> inputs = new ArrayList<>(drlFiles);
            inputs.add(rules);
            Stream.of(args).skip(2).map(Path::of).forEach(inputs::add);
            try (Stream<Path> all = Files.walk(classes)) {
                all.filter(p -> p.toString().endsWith(".class") && !previous.contains(p)).forEach(inputs::add);
            }
            FileTime made = Files.getLastModifiedTime(written);
            if (previous.stream().allMatch(Files::exists) && inputs.stream().allMatch(p -> olderThan(p, made))) {
                return;
            }
        }
        for (Path file : previous) {
            Files.deleteIfExists(file);
        }

        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.writeKModuleXML(services.newKieModuleModel().toXML());
        StringBuilder index = new StringBuilder();
        for (Path file : drlFiles) {
            files.write("src/main/resources/footplan/rules/" + file.getFileName(),
                    Files.readString(file, StandardCharsets.UTF_8));
            index.append("rules ").append(file.getFileName()).append('\n');
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);

        List<String> output = new ArrayList<>();
        if (errors.isEmpty()) {
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            for (String name : module.getFileNames()) {
                // The model lives in the rules' package; Drools' project class is for KieContainers, unused here.
                if (name.startsWith("footplan/") && name.endsWith(".class")) {
                    write(classes.resolve(name), module.getBytes(name));
                    output.add(name);
                }
            }
            index.append("model ").append(modelClass(module)).append('\n');
        } else {
            System.out.println("footplan: WARNING: the rules do not compile, so footplan is built without their"
                    + " executable model and will report these errors when it runs: " + errors);
        }
        write(classes.resolve(INDEX), index.toString().getBytes(StandardCharsets.UTF_8));
        output.add(INDEX);
        output.sort(null);
        Files.write(written, output, StandardCharsets.UTF_8);
    }

    private static String modelClass(InternalKieModule module) {
        List<String> lines = new String(module.getBytes(MODEL_LIST), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("Drools-Model-Version")).toList();
        if (lines.size() != 1) {
            throw new IllegalStateException("expected one model class in " + MODEL_LIST + ", found " + lines);
        }
        return lines.get(0).strip();
    }

    private static boolean olderThan(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
