package footplan.rules;

import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.rules.facts.AboutExercise;
import footplan.rules.facts.Adaptation;
import footplan.rules.facts.Advice;
import footplan.rules.facts.Dosage;
import footplan.rules.facts.Dose;
import footplan.rules.facts.Emphasis;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.LeftOut;
import footplan.rules.facts.Placement;
import footplan.rules.facts.Selected;
import footplan.rules.facts.Step;
import footplan.rules.facts.SteppedDose;
import footplan.rules.facts.Trim;
import footplan.rules.facts.TrimKind;
import footplan.rules.facts.Understood;
import footplan.rules.facts.WeekReview;
import footplan.rules.facts.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the facts the rules inserted into a {@link Routine}, and checks the invariants no rule edit
 * may break: doses inside the article's ranges (and never above the plan after check-ins), sessions inside the
 * budget, and a variant of each exercise that asks for no equipment the person lacks and nothing they said they
 * cannot do.
 */
final class RoutineAssembler {

    /** The topic of the advice, in advice.drl, that says to stop an exercise that makes the pain worse. */
    static final String STOP_IF_WORSE = "safety";

    /** The topics of the advice every session repeats, in the order it comes: when to stop last. */
    private static final List<String> CAUTIONS = List.of("leg pain", STOP_IF_WORSE);

    private final Catalogue catalogue;
    private final Answers answers;
    private final RuleRun run;

    private RoutineAssembler(Catalogue catalogue, Answers answers, RuleRun run) {
        this.catalogue = catalogue;
        this.answers = answers;
        this.run = run;
    }

    static Routine assemble(Catalogue catalogue, Answers answers, RuleRun run) {
        return new RoutineAssembler(catalogue, answers, run).assemble();
    }

    private Routine assemble() {
        List<Explanation> explanations = run.inserted().stream().map(this::explanation).distinct().toList();
        if (run.referred()) {
            return new Routine(run.referral(), List.of(), List.of(), List.of(), explanations, List.of());
        }
        List<WeekRoutine> weeks = new ArrayList<>();
        for (int week = 1; week <= answers.schedule().weeks(); week++) {
            weeks.add(week(week));
        }
        List<String> advice = run.facts(Advice.class).stream().map(Advice::text).distinct().toList();
        return new Routine(Optional.empty(), advice, notes(), weeks, explanations, cautions());
    }

    /**
     * The advice of {@link #CAUTIONS}' topics, in that order: every session in the calendar ends with it. The
     * stop-if-worse advice must be there, so a rule edit cannot leave it out of the sessions.
     */
    private List<String> cautions() {
        List<String> cautions = new ArrayList<>();
        for (String topic : CAUTIONS) {
            run.facts(Advice.class).stream().filter(a -> a.topic().equals(topic)).map(Advice::text).distinct()
                    .forEach(cautions::add);
        }
        if (run.facts(Advice.class).stream().noneMatch(a -> a.topic().equals(STOP_IF_WORSE))) {
            throw broken("no advice of topic \"" + STOP_IF_WORSE + "\" says when to stop an exercise; every"
                    + " session ends with it");
        }
        return cautions;
    }

    /** A fact a rule inserted as a decision; the same decision for several weeks is one explanation. */
    private Explanation explanation(RuleRun.Inserted inserted) {
        String reason = RuleRun.reasonOf(inserted.fact());
        if (inserted.fact() instanceof AboutExercise about) {
            return new Explanation(about.exerciseId(), catalogue.get(about.exerciseId()).name(), inserted.rule(),
                    reason);
        }
        return new Explanation(null, null, inserted.rule(), reason);
    }

    private WeekRoutine week(int week) {
        List<PlannedExercise> exercises = new ArrayList<>();
        for (Placement placement : placements()) {
            planned(placement, week).ifPresent(exercises::add);
        }
        if (exercises.isEmpty()) {
            throw broken("week " + week + " has no exercises left");
        }
        int seconds = exercises.stream().mapToInt(PlannedExercise::seconds).sum();
        int budget = answers.sessionMinutes() * 60;
        if (seconds > budget) {
            throw broken("week " + week + " takes " + seconds + " s, over the " + budget + " s budget");
        }
        return new WeekRoutine(week, (seconds + 59) / 60, exercises, progression(week));
    }

    /** How the check-ins set the week's step; empty without check-ins, when no rule set any step. */
    private Optional<Progression> progression(int week) {
        List<Step> steps = run.facts(Step.class).stream().filter(s -> s.week() == week).toList();
        if (steps.size() > 1) {
            throw broken("week " + week + " has " + steps.size() + " steps; the progression rules must give one");
        }
        if (steps.isEmpty() && !run.facts(Step.class).isEmpty()) {
            throw broken("week " + week + " has no step although other weeks have one");
        }
        return steps.stream().findFirst().map(s -> new Progression(s.step(), s.verdict(), s.reason()));
    }

    private List<Placement> placements() {
        List<Placement> placements = run.facts(Placement.class).stream()
                .sorted(Comparator.comparingInt(Placement::sequence)).toList();
        Set<String> seen = new TreeSet<>();
        for (Placement p : placements) {
            if (!seen.add(p.exerciseId())) {
                throw broken(p.exerciseId() + " is placed in the session twice");
            }
        }
        return placements;
    }

    private Optional<PlannedExercise> planned(Placement placement, int week) {
        String id = placement.exerciseId();
        Exercise exercise = catalogue.get(id);
        Dose dose = single(run.facts(Dose.class).stream().filter(d -> d.exerciseId().equals(id) && d.week() == week)
                .toList(), id + " in week " + week + " has");
        List<Trim> trims = run.facts(Trim.class).stream()
                .filter(t -> t.exerciseId().equals(id) && t.week() == week).toList();
        if (trims.stream().anyMatch(t -> t.kind() == TrimKind.DROP)) {
            return Optional.empty();
        }
        Optional<Trim> shortened = trims.stream().filter(t -> t.kind() == TrimKind.SHORTEN).findFirst();
        Optional<SteppedDose> stepped = stepped(id, week, dose);
        // A shortened dose is the low end, which no step goes below; otherwise the check-ins' step, or the plan.
        int sets = shortened.map(Trim::sets).orElse(stepped.map(SteppedDose::sets).orElse(dose.sets()));
        int reps = shortened.map(Trim::reps).orElse(stepped.map(SteppedDose::reps).orElse(dose.reps()));
        int hold = shortened.map(Trim::holdSeconds)
                .orElse(stepped.map(SteppedDose::holdSeconds).orElse(dose.holdSeconds()));
        int seconds = shortened.isPresent() ? dose.seconds() - shortened.get().savedSeconds()
                : stepped.map(SteppedDose::seconds).orElse(dose.seconds());
        Dosage dosage = exercise.dosage();
        if (!dosage.allows(sets, reps, hold)) {
            throw broken(id + " in week " + week + " is dosed " + sets + " sets x " + reps + " reps, hold " + hold
                    + " s, outside the article's ranges (sets " + dosage.sets() + ", reps " + dosage.reps()
                    + ", hold " + dosage.holdSeconds() + " s)");
        }
        List<Adaptation> adaptations = forExercise(Adaptation.class, id, Adaptation::exerciseId);
        if (adaptations.size() > 1) {
            throw broken(id + " has " + adaptations.size() + " variants chosen ("
                    + adaptations.stream().map(Adaptation::variantId).collect(Collectors.joining(", "))
                    + "); the adaptation rules must choose at most one");
        }
        Variant variant = exercise.chosen(adaptations);
        checkDoable(exercise, variant);
        if (placement.position() != variant.position()) {
            throw broken(id + " is placed " + placement.position().label() + ", but " + variant.name() + " is done "
                    + variant.position().label());
        }
        boolean perSide = dose.sides() == 2;
        if (perSide != variant.dosage().perSide()) {
            throw broken(id + " is dosed " + (perSide ? "for each side in turn" : "for both sides at once") + ", but "
                    + variant.name() + " is not done that way");
        }
        String adaptation = adaptations.isEmpty() ? null : adaptations.get(0).reason();
        List<String> reasons = new ArrayList<>();
        forExercise(Selected.class, id, Selected::exerciseId).forEach(s -> reasons.add(s.reason()));
        forExercise(Emphasis.class, id, Emphasis::exerciseId).forEach(e -> reasons.add(e.reason()));
        adaptations.forEach(a -> reasons.add("Adapted: " + a.reason()));
        reasons.add(dose.reason());
        stepped.ifPresent(s -> reasons.add(s.reason()));
        shortened.ifPresent(t -> reasons.add(t.reason()));
        return Optional.of(new PlannedExercise(id, variant.name(), placement.position(), adaptation, sets, reps,
                hold, perSide, variant.dosage().describe(sets, reps, hold), seconds, variant.steps(), reasons,
                variant.asDescribed() ? null : variant.id()));
    }

    /** The check-ins' dose of an exercise in a week, checked never to go above the week's planned dose. */
    private Optional<SteppedDose> stepped(String id, int week, Dose planned) {
        List<SteppedDose> stepped = run.facts(SteppedDose.class).stream()
                .filter(s -> s.exerciseId().equals(id) && s.week() == week).toList();
        if (stepped.size() > 1) {
            throw broken(id + " in week " + week + " has " + stepped.size() + " stepped doses; the progression rules"
                    + " must give at most one");
        }
        stepped.stream().findFirst().ifPresent(s -> {
            if (s.sets() > planned.sets() || s.reps() > planned.reps() || s.holdSeconds() > planned.holdSeconds()) {
                throw broken(id + " in week " + week + " is stepped to " + s.sets() + " sets x " + s.reps()
                        + " reps, hold " + s.holdSeconds() + " s, above the planned " + planned.sets() + " x "
                        + planned.reps() + ", hold " + planned.holdSeconds() + " s");
            }
        });
        return stepped.stream().findFirst();
    }

    /** The way the person does the exercise asks for nothing they lack: no equipment, no position they cannot take. */
    private void checkDoable(Exercise exercise, Variant variant) {
        String what = exercise.id() + (variant.asDescribed() ? "" : " (" + variant.id() + ")");
        for (Equipment item : variant.uses()) {
            if (!answers.has(item)) {
                throw broken(what + " uses " + item.key() + ", which the person does not have, and no rule chose a"
                        + " variant without it");
            }
        }
        for (Ability ability : variant.needs()) {
            if (!ability.in(answers.abilities())) {
                throw broken(what + " needs " + ability.key() + ", which the person cannot do, and no rule chose a"
                        + " variant without it or left it out");
            }
        }
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (Understood u : run.facts(Understood.class)) {
            notes.add("Understood in your footwear notes: \"" + u.word() + "\" (" + u.meaning().label() + ").");
        }
        run.facts(LeftOut.class).forEach(l -> notes.add(l.reason()));
        List<Integer> unchecked = run.facts(WeekReview.class).stream()
                .filter(r -> r.verdict() == Verdict.NOT_CHECKED_IN).map(WeekReview::week).sorted().toList();
        if (!unchecked.isEmpty()) {
            notes.add("No check-ins for " + weeksText(unchecked) + ", so the plan went on as planned there. Check in"
                    + " after each session and the plan adjusts to how it went.");
        }
        Map<String, List<Integer>> dropped = trimmedWeeks(TrimKind.DROP);
        Map<String, List<Integer>> shortened = trimmedWeeks(TrimKind.SHORTEN);
        dropped.forEach((id, weeks) -> shortened.computeIfPresent(id, (k, w) -> withoutWeeks(w, weeks)));
        int minutes = answers.sessionMinutes();
        shortened.forEach((id, weeks) -> notes.add(catalogue.get(id).name() + " stays at the low end of its range"
                + " (" + weeksText(weeks) + " would have gone higher) to fit your " + minutes + " minutes."));
        dropped.forEach((id, weeks) -> notes.add(catalogue.get(id).name() + " is left out to fit your " + minutes
                + " minutes; it is the least important exercise for you."));
        return notes;
    }

    private Map<String, List<Integer>> trimmedWeeks(TrimKind kind) {
        Map<String, List<Integer>> weeks = new LinkedHashMap<>();
        run.facts(Trim.class).stream().filter(t -> t.kind() == kind)
                .sorted(Comparator.comparing(Trim::exerciseId).thenComparingInt(Trim::week))
                .forEach(t -> weeks.computeIfAbsent(t.exerciseId(), k -> new ArrayList<>()).add(t.week()));
        return weeks;
    }

    /** A week that lost an exercise need not also say it was shortened; null drops the entry. */
    private static List<Integer> withoutWeeks(List<Integer> weeks, List<Integer> removed) {
        List<Integer> left = weeks.stream().filter(w -> !removed.contains(w)).toList();
        return left.isEmpty() ? null : left;
    }

    /** "week 3", "weeks 2-6" or "weeks 1, 3 and 4". */
    static String weeksText(List<Integer> weeks) {
        if (weeks.size() == 1) {
            return "week " + weeks.get(0);
        }
        boolean consecutive = weeks.get(weeks.size() - 1) - weeks.get(0) == weeks.size() - 1;
        if (consecutive) {
            return "weeks " + weeks.get(0) + "-" + weeks.get(weeks.size() - 1);
        }
        String head = weeks.subList(0, weeks.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "weeks " + head + " and " + weeks.get(weeks.size() - 1);
    }

    private <T> List<T> forExercise(Class<T> type, String id, java.util.function.Function<T, String> idOf) {
        return run.facts(type).stream().filter(f -> idOf.apply(f).equals(id)).toList();
    }

    private static <T> T single(List<T> items, String what) {
        if (items.size() != 1) {
            throw broken(what + " " + items.size() + " doses; the dosage rules must give exactly one");
        }
        return items.get(0);
    }

    private static RulesException broken(String what) {
        return new RulesException("the rules broke an invariant of the plan: " + what
                + ". No plan or calendar was written; check the rule files you changed.");
    }
}
