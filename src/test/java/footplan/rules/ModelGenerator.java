package footplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * <p>Usage: {@code ModelGenerator RULES_FOLDER CLASSES_FOLDER}. The model's classes call the fact classes'
 * methods and Drools' own, so the index records a fingerprint of everything the model was made with: the rule
 * files, footplan's other classes, the class path (whose jar names carry Drools' version) and this generator. It
 * does nothing when the fingerprint is unchanged; otherwise it first removes every class of an earlier model (by
 * name, not by a possibly damaged index) and writes the index last, so a model cut short is no model.
 *
 * <p>Rules that do not compile are not a build failure: the generator says so and writes no model, and footplan
 * then compiles the DRL at run time and reports each error as {@code file:line}, as it does for edited rules.
 */
public final class ModelGenerator {

    private static final String MODEL_LIST = "META-INF/kie/org.default/artifact/drools-model";

    /** The names Drools gives the model's classes: the rules' hash in the class name, lambdas in P?? packages. */
    private static final Pattern GENERATED = Pattern.compile(
            "footplan/rules/((Rules|DomainClassesMetadata)[0-9A-F]{32}[^/]*\\.class|P[0-9A-F]{2}(/.*)?)");

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelGenerator RULES_FOLDER CLASSES_FOLDER");
        }
        generate(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /** Writes the model of the rules in one folder into a folder of classes, saying what it did on {@code log}. */
    static void generate(Path rulesFolder, Path classes, PrintStream log) throws IOException {
        RuleSource source = RuleSource.fromFolder(rulesFolder);
        String inputs = fingerprint(classes);
        if (BuiltInModel.index(classes).filter(index -> index.madeFrom(source) && inputs.equals(index.inputs()))
                .isPresent()) {
            log.println("footplan: the executable model of " + rulesFolder + " is up to date");
            return;
        }
        removePrevious(classes);
        Optional<InternalKieModule> built = build(source, log);
        if (built.isEmpty()) {
            return;
        }
        InternalKieModule module = built.get();
        String modelClass = modelClass(module);
        List<String> written = module.getFileNames().stream()
                .filter(name -> name.endsWith(".class") && name.startsWith("footplan/")).toList();
        for (String name : written) {
            // A class outside the pattern would count as footplan's own: the model would be made again at every
            // build, and never removed. Drools named it differently, or a rule file moved to another package.
            if (!isGenerated(Path.of(name))) {
                throw new IllegalStateException("Drools generated " + name + ", which ModelGenerator.GENERATED"
                        + " does not match; extend the pattern");
            }
        }
        for (String name : written) {
            write(classes.resolve(name), module.getBytes(name));
        }
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        source.drlFiles().forEach(file -> ruleFiles.put(BuiltInModel.fileName(file), file.text()));
        BuiltInModel.Index index = new BuiltInModel.Index(modelClass, inputs, ruleFiles, written);
        for (RuleSource.RuleFile file : source.drlFiles()) {
            write(classes.resolve(BuiltInModel.FOLDER).resolve(BuiltInModel.fileName(file)),
                    file.text().getBytes(StandardCharsets.UTF_8));
        }
        write(classes.resolve(BuiltInModel.INDEX), index.text().getBytes(StandardCharsets.UTF_8));
        log.println("footplan: wrote the executable model of " + rulesFolder + " (" + written.size()
                + " classes, " + modelClass + ")");
    }

    /** The model of these rules, or empty (having said why) when they do not compile. */
    private static Optional<InternalKieModule> build(RuleSource source, PrintStream log) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.writeKModuleXML(services.newKieModuleModel().toXML());
        for (RuleSource.RuleFile file : source.drlFiles()) {
            files.write("src/main/resources/footplan/rules/" + BuiltInModel.fileName(file), file.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            log.println("footplan: WARNING: the rules do not compile, so footplan is built without their"
                    + " executable model and will report these errors when it runs: " + errors);
            return Optional.empty();
        }
        return Optional.of((InternalKieModule) builder.getKieModule());
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

    /**
     * Removes the index, the copies of the rule files and every class a generator may have written before. The
     * model's class names carry a hash of the rules, so a new model would otherwise sit beside the old one.
     */
    private static void removePrevious(Path classes) throws IOException {
        Files.deleteIfExists(classes.resolve(BuiltInModel.INDEX));
        Path rules = classes.resolve("footplan/rules");
        if (!Files.isDirectory(rules)) {
            return;
        }
        try (Stream<Path> files = Files.walk(rules)) {
            // Everything inside a generated folder is generated too; deepest first, so each folder is empty.
            List<Path> generated = files.filter(file -> isGenerated(classes.relativize(file)))
                    .sorted(Comparator.reverseOrder()).toList();
            for (Path file : generated) {
                Files.delete(file);
            }
        }
    }

    /** Whether a path inside the classes folder is the generator's: its classes, its folder of copies. */
    static boolean isGenerated(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return name.startsWith(BuiltInModel.FOLDER + "/") || name.equals(BuiltInModel.FOLDER)
                || GENERATED.matcher(name).matches();
    }

    /**
     * A hash of what the model is made with besides the rule files: footplan's own classes (the facts the model
     * reads and calls), the jars of the class path by name (Drools' version is in them) and this generator.
     */
    static String fingerprint(Path classes) throws IOException {
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = classes.relativize(file);
                if (relative.toString().endsWith(".class") && !isGenerated(relative)) {
                    digest.update(relative.toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            digest.update(Path.of(entry).getFileName().toString().getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream self = ModelGenerator.class.getResourceAsStream("ModelGenerator.class")) {
            digest.update(self.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
