package footplan.rules;

import footplan.answers.Answers;
import footplan.answers.CheckIns;
import footplan.answers.Pain;
import footplan.answers.Safety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled knowledge base: the exercise catalogue and the Drools rules of {@code rules/}.
 *
 * <p>Rule files exactly like the shipped ones come from the executable model built into footplan
 * ({@link BuiltInModel}). Other rules are compiled from their DRL, which adds well over a second to a cold start
 * (2.9 s against 1.5 s for a plan, measured), so build one book and use it for every plan. {@link #prescribe} is
 * safe to call from several threads, as each call has its own rule session. The sessions come from Drools' session
 * pool, which resets a session when it is disposed and hands it out again: a session's node memories are then
 * built once, not for every plan (a tenth of the rules' time, measured on the web API's plans).
 */
public final class RuleBook {

    /** Where the compiled rules came from. */
    enum Origin {
        /** Compiled from the DRL by this run. */
        COMPILED,
        /** The executable model built into footplan, for rule files exactly like the shipped ones. */
        BUILT_IN_MODEL
    }

    private final String label;
    private final Catalogue catalogue;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Origin origin;

    private RuleBook(String label, Catalogue catalogue, KieBase kieBase, Origin origin) {
        RuleRun.checkPhases(kieBase);
        this.label = label;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.origin = origin;
    }

    /**
     * The rules of a folder on disk: the built-in model when they are the shipped rules, compiled otherwise.
     *
     * @throws RulesException naming {@code file:line} for every error, when a file is missing or does not compile
     *     or a rule is in none of the phases
     */
    public static RuleBook fromFolder(Path folder) {
        return load(RuleSource.fromFolder(folder), true);
    }

    /**
     * Compiles the rules of a folder from their DRL, whatever they are: no built-in model. Slower; the
     * reference the built-in model is tested against.
     *
     * @throws RulesException naming {@code file:line} for every error, when a file is missing or does not compile
     */
    public static RuleBook compiledFromDrl(Path folder) {
        return load(RuleSource.fromFolder(folder), false);
    }

    /** The copy of the rules shipped inside the jar: the built-in model, or compiled when the build made none. */
    public static RuleBook bundled() {
        return load(RuleSource.bundled(), true);
    }

    private static RuleBook load(RuleSource source, boolean builtInModel) {
        Catalogue catalogue = CatalogueReader.read(source.catalogue(), source.catalogueName());
        Optional<KieBase> model = builtInModel ? BuiltInModel.kieBase(source) : Optional.empty();
        if (model.isPresent()) {
            return new RuleBook(source.label(), catalogue, model.get(), Origin.BUILT_IN_MODEL);
        }
        return new RuleBook(source.label(), catalogue, compile(source), Origin.COMPILED);
    }

    private static KieBase compile(RuleSource source) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleSource.RuleFile file : source.drlFiles()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.displayName());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            Map<String, String> texts = new HashMap<>();
            source.drlFiles().forEach(file -> texts.put(file.displayName(), file.text()));
            throw new RulesException(CompileErrors.describe(builder.getErrors(), texts));
        }
        return builder.newKieBase();
    }

    /** Where the rules came from: a folder, or the built-in copy. */
    public String label() {
        return label;
    }

    /** Where the compiled rules came from. */
    Origin origin() {
        return origin;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The names of all rules, sorted. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            pkg.getRules().stream().map(Rule::getName).forEach(names::add);
        }
        names.sort(null);
        return names;
    }

    /**
     * Runs the rules on a person's answers.
     *
     * @return a referral when the safety screen says so, otherwise a routine for every program week
     * @throws RulesException when the rules loop, fail, name an exercise the catalogue lacks or break one of the
     *     plan's invariants
     */
    public Routine prescribe(Answers answers) {
        return prescribe(answers, CheckIns.none());
    }

    /**
     * Runs the rules on a person's answers and check-ins: the check-ins of each program week progress, hold or
     * step back the next week's doses ({@code rules/progression.drl}), and each {@link WeekRoutine} says how in its
     * {@link WeekRoutine#progression()}. Without check-ins this is {@link #prescribe(Answers)}. Check-ins dated
     * outside the program's weeks are ignored; check them against the sessions first
     * ({@code CheckInsFile.checkSessions}).
     *
     * @return a referral when the safety screen or a check-in's pain says so, otherwise a routine for every week
     * @throws RulesException as {@link #prescribe(Answers)}
     */
    public Routine prescribe(Answers answers, CheckIns checkIns) {
        RuleRun run = RuleRun.start(sessions, catalogue, answers, checkIns);
        return RoutineAssembler.assemble(catalogue, answers, run);
    }

    /**
     * Runs only the safety screen, the rules that {@link #prescribe} runs first, on the answers given so far: the
     * questionnaire stops as soon as they mean seeing a clinician, and decides nothing of that itself.
     *
     * @param pain empty while the pain questions are still to come
     * @return the referral, when the answers so far mean one
     */
    public Optional<Referral> screen(Safety safety, Optional<Pain> pain) {
        List<Object> facts = new ArrayList<>(List.of(safety));
        pain.ifPresent(facts::add);
        return RuleRun.screen(sessions, catalogue, facts).referral();
    }

    /** Runs only the rules the filter lets through, on the given facts; for testing rules one at a time. */
    RuleRun run(Collection<?> facts, Predicate<String> ruleNames) {
        return RuleRun.of(sessions, catalogue, facts, ruleNames);
    }
}
