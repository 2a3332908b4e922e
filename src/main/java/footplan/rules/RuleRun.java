package footplan.rules;

import footplan.answers.Answers;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.rules.facts.AboutExercise;
import footplan.rules.facts.Adaptation;
import footplan.rules.facts.ProgramWeek;
import footplan.rules.facts.ReferralReason;
import footplan.rules.facts.Reasoned;
import footplan.rules.facts.SessionBudget;
import footplan.rules.facts.WeekCheckIn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One run of the rules over one person's facts, phase by phase, recording every fact a rule inserted
 * and which rule did it.
 */
final class RuleRun {

    /**
     * The first phase: when its rules refer the person to a clinician, no plan is made. A referral in a later
     * phase (a check-in's pain, in progression) ends the run the same way.
     */
    static final String SAFETY = "safety";

    /**
     * The rule files' ruleflow groups, in the order the plan is built. A rule of any other group would never fire,
     * so {@link #checkPhases} refuses it.
     */
    static final List<String> PHASES = List.of(
            SAFETY, "footwear", "selection", "adaptation", "order", "dosage", "progression", "budget", "advice");

    /** Far above what a plan needs (a few hundred), low enough to stop a looping rule in well under a second. */
    static final int MAX_FIRINGS = 20_000;

    /** A fact a rule inserted, and that rule's name. */
    record Inserted(String rule, Object fact) {
    }

    private final List<Inserted> inserted = new ArrayList<>();
    private final Map<String, Integer> firings = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();
    private final Catalogue catalogue;

    private RuleRun(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Refuses rules that are in none of the {@link #PHASES}, naming each rule and its file: such a rule would
     * compile, pass {@code check-rules} and never fire.
     */
    static void checkPhases(KieBase kieBase) {
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                if (!PHASES.contains(impl.getAgendaGroup())) {
                    problems.add(where(rule) + (impl.isMainAgendaGroup() ? "has no ruleflow-group; it needs one of "
                            : "ruleflow-group \"" + impl.getAgendaGroup() + "\" is not one of ")
                            + String.join(", ", PHASES));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RulesException(String.join(System.lineSeparator(), problems));
        }
    }

    /** A rule as an error message names it: {@code rules/extra.drl: rule "X": }. */
    private static String where(Rule rule) {
        var resource = ((RuleImpl) rule).getResource();
        String file = resource == null || resource.getSourcePath() == null ? "rules" : resource.getSourcePath();
        return file + ": rule \"" + rule.getName() + "\": ";
    }

    /**
     * Runs the whole pipeline on a person's answers and check-ins; stops after the phase that refers (safety, or
     * progression for a check-in's pain). Check-ins outside the program's weeks are not the rules' to judge: they
     * are left out here, and the command checks every date against the sessions.
     */
    static RuleRun start(KieSessionsPool sessions, Catalogue catalogue, Answers answers, CheckIns checkIns) {
        List<Object> facts = new ArrayList<>(List.of(answers, answers.pain(), answers.safety(), answers.footwear(),
                answers.abilities(), new SessionBudget(answers.sessionMinutes() * 60)));
        facts.addAll(catalogue.exercises());
        int weeks = answers.schedule().weeks();
        for (int week = 1; week <= weeks; week++) {
            facts.add(new ProgramWeek(week, weeks));
        }
        for (CheckIn checkIn : checkIns.entries()) {
            WeekCheckIn fact = WeekCheckIn.of(checkIn, answers.schedule().start());
            if (fact.week() >= 1 && fact.week() <= weeks) {
                facts.add(fact);
            }
        }
        return of(sessions, catalogue, facts, rule -> true);
    }

    /** Runs only the safety phase on the facts, for the questionnaire to stop as soon as the answers refer. */
    static RuleRun screen(KieSessionsPool sessions, Catalogue catalogue, Collection<?> facts) {
        return run(sessions, catalogue, facts, rule -> true, List.of(SAFETY));
    }

    static RuleRun of(KieSessionsPool sessions, Catalogue catalogue, Collection<?> facts,
                      Predicate<String> ruleNames) {
        return run(sessions, catalogue, facts, ruleNames, PHASES);
    }

    private static RuleRun run(KieSessionsPool sessions, Catalogue catalogue, Collection<?> facts,
                               Predicate<String> ruleNames,
                               List<String> phases) {
        RuleRun run = new RuleRun(catalogue);
        KieSession session = sessions.newKieSession();
        var insertions = run.insertions();
        var counter = run.counter();
        try {
            session.addEventListener(insertions);
            session.addEventListener(counter);
            facts.forEach(session::insert);
            for (String phase : phases) {
                session.getAgenda().getAgendaGroup(phase).setFocus();
                int fired = fire(session, phase, ruleNames);
                if (fired >= MAX_FIRINGS) {
                    throw new RulesException(run.loopMessage(phase));
                }
                if (run.referred()) {
                    break;
                }
            }
        } finally {
            // A pooled session goes back to the pool; this run's listeners must not follow it into the next run.
            session.removeEventListener(insertions);
            session.removeEventListener(counter);
            session.dispose();
        }
        return run;
    }

    /**
     * Fires the phase's rules. A rule whose action throws (a division by zero, a bad argument) is a mistake in
     * the rule files, like a syntax error: it is reported with the rule's name, not as a bug of footplan.
     */
    private static int fire(KieSession session, String phase, Predicate<String> ruleNames) {
        try {
            return session.fireAllRules(match -> ruleNames.test(match.getRule().getName()), MAX_FIRINGS);
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof RulesException named) {
                throw named; // an insertion refused by the listener below, which says which rule and why
            }
            throw new RulesException("the rule \"" + e.getMatch().getRule().getName() + "\" failed in the " + phase
                    + " phase: " + describe(e.getCause() == null ? e : e.getCause())
                    + ". No plan or calendar was written; fix that rule.", e);
        } catch (RuntimeException e) {
            // A condition that throws reaches us as Drools' own evaluation error, which names the rule and file.
            if (!e.getClass().getName().startsWith("org.drools.")) {
                throw e;
            }
            throw new RulesException("the rules failed in the " + phase + " phase: " + oneLine(e.getMessage())
                    + (e.getCause() == null ? "" : ": " + describe(rootCause(e)))
                    + ". No plan or calendar was written; fix that rule.", e);
        }
    }

    /** The first failure, without the layers of the rule engine's wrapping around it. */
    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    boolean referred() {
        return inserted.stream().anyMatch(i -> i.fact() instanceof ReferralReason);
    }

    /** The referral the safety rules made, with their reasons in the order they gave them. */
    Optional<Referral> referral() {
        return referred() ? Optional.of(new Referral(facts(ReferralReason.class).stream().map(ReferralReason::reason)
                .toList())) : Optional.empty();
    }

    List<Inserted> inserted() {
        return List.copyOf(inserted);
    }

    /**
     * The inserted facts of one type, in the order they were inserted. Kept per type until the next insertion: the
     * plan asks for doses and trims once per exercise and week, and a run inserts a few hundred facts.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> facts(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type,
                t -> inserted.stream().map(Inserted::fact).filter(type::isInstance).map(type::cast).toList());
    }

    private DefaultRuleRuntimeEventListener insertions() {
        return new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    // A typo in an id would otherwise be matched by no other rule and silently drop out.
                    if (event.getObject() instanceof AboutExercise about
                            && catalogue.find(about.exerciseId()).isEmpty()) {
                        throw new RulesException(where(event.getRule()) + "names exercise \"" + about.exerciseId()
                                + "\", which is not in " + RuleSource.CATALOGUE
                                + ". No plan or calendar was written; fix that rule.");
                    }
                    if (event.getObject() instanceof Adaptation adaptation
                            && catalogue.get(adaptation.exerciseId()).variant(adaptation.variantId()).isEmpty()) {
                        throw new RulesException(where(event.getRule()) + "chooses variant \""
                                + adaptation.variantId() + "\" of " + adaptation.exerciseId() + ", which is not among"
                                + " its variants in " + RuleSource.CATALOGUE
                                + ". No plan or calendar was written; fix that rule.");
                    }
                    inserted.add(new Inserted(event.getRule().getName(), event.getObject()));
                    byType.clear();
                }
            }
        };
    }

    private DefaultAgendaEventListener counter() {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };
    }

    private String loopMessage(String phase) {
        String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> "\"" + e.getKey() + "\" fired " + e.getValue() + " times")
                .orElse("no rule finished");
        return "the rules were stopped after " + MAX_FIRINGS + " firings in the " + phase + " phase: " + busiest
                + ". A rule that inserts a fact its own conditions match again loops; give it a 'not' condition.";
    }

    /** Reasons of inserted facts, for tests and explanations. */
    static String reasonOf(Object fact) {
        return fact instanceof Reasoned reasoned ? reasoned.reason() : fact.toString();
    }
}
