package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.PainArea;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every combination of abilities and equipment, through the whole rule pipeline: each planned exercise is a variant
 * the person can do, and every word they read of it (title, position, steps, dose) is true for them. The calendar
 * events print the same fields of {@link PlannedExercise}, so they are covered too.
 */
class AdaptedRoutinesTest {

    /** Words that name an item of equipment. "Without a band" in a title names it as absent, which is true. */
    private static final Pattern CHAIR = Pattern.compile("\\bchairs?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BAND = Pattern.compile("\\bbands?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOWEL = Pattern.compile("\\btowels?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIT_ON_FLOOR =
            Pattern.compile("\\bsit(ting)?( down)? on the floor\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIE_ON_FLOOR =
            Pattern.compile("\\b(lie|lying)( down)? on (your back on )?the floor\\b", Pattern.CASE_INSENSITIVE);
    /** In a standing exercise, a step about one leg or foot is a step on one leg. */
    private static final Pattern ONE_LEG =
            Pattern.compile("\\b(left|right) (foot|leg)\\b|\\bone (leg|foot)\\b", Pattern.CASE_INSENSITIVE);

    /** One person: what they can do and have, and their routine. */
    private record Person(boolean oneLeg, boolean lie, boolean sit, Set<Equipment> equipment, Answers answers,
                          Routine routine) {

        @Override
        public String toString() {
            return "stand_on_one_leg " + oneLeg + ", lie_on_floor " + lie + ", sit_on_floor " + sit
                    + ", equipment " + equipment + ", pain " + answers.pain().areas();
        }
    }

    private static final List<Person> EVERYONE = everyone();

    private static List<Person> everyone() {
        List<Person> people = new ArrayList<>();
        List<Set<PainArea>> pains = List.of(EnumSet.noneOf(PainArea.class), EnumSet.of(PainArea.KNEE),
                EnumSet.of(PainArea.BACK, PainArea.HIP));
        for (int abilities = 0; abilities < 8; abilities++) {
            for (int items = 0; items < 8; items++) {
                for (Set<PainArea> pain : pains) {
                    TestAnswers a = TestAnswers.fit().weeks(2);
                    a.standOnOneLeg = (abilities & 1) != 0;
                    a.lieOnFloor = (abilities & 2) != 0;
                    a.sitOnFloor = (abilities & 4) != 0;
                    a.equipment = EnumSet.noneOf(Equipment.class);
                    for (Equipment item : Equipment.values()) {
                        if ((items & (1 << item.ordinal())) != 0) {
                            a.equipment.add(item);
                        }
                    }
                    a.areas = pain;
                    a.running = pain.contains(PainArea.KNEE);
                    Answers answers = a.build();
                    people.add(new Person(a.standOnOneLeg, a.lieOnFloor, a.sitOnFloor, EnumSet.copyOf(
                            a.equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : a.equipment), answers,
                            Rules.BOOK.prescribe(answers)));
                }
            }
        }
        return people;
    }

    /** What the person reads of an exercise: its title (absent items aside), position, dose and steps. */
    private static List<String> words(PlannedExercise e) {
        List<String> words = new ArrayList<>();
        words.add(e.name().replaceAll("(?i)without an? \\w+", ""));
        words.add(e.position().label());
        words.add(e.dosage());
        words.addAll(e.steps());
        return words;
    }

    private static void forEveryExercise(java.util.function.BiConsumer<Person, PlannedExercise> check) {
        for (Person person : EVERYONE) {
            for (WeekRoutine week : person.routine().weeks()) {
                for (PlannedExercise e : week.exercises()) {
                    try {
                        check.accept(person, e);
                    } catch (AssertionError failure) {
                        throw new AssertionError(person + ", week " + week.week() + ", " + e.name() + ": "
                                + failure.getMessage(), failure);
                    }
                }
            }
        }
    }

    @Test
    void noWordNamesEquipmentThePersonLacks() {
        forEveryExercise((person, e) -> {
            for (String text : words(e)) {
                if (!person.equipment().contains(Equipment.CHAIR)) {
                    assertThat(CHAIR.matcher(text).find()).as("mentions a chair: %s", text).isFalse();
                }
                if (!person.equipment().contains(Equipment.BAND)) {
                    assertThat(BAND.matcher(text).find()).as("mentions a band: %s", text).isFalse();
                }
                if (!person.equipment().contains(Equipment.TOWEL)) {
                    assertThat(TOWEL.matcher(text).find()).as("mentions a towel: %s", text).isFalse();
                }
            }
        });
    }

    @Test
    void noWordAsksForAPositionThePersonCannotTake() {
        forEveryExercise((person, e) -> {
            if (!person.sit()) {
                assertThat(e.position()).isNotEqualTo(Position.SITTING_ON_FLOOR);
            }
            for (String text : words(e)) {
                if (!person.sit()) {
                    assertThat(SIT_ON_FLOOR.matcher(text).find()).as("sits on the floor: %s", text).isFalse();
                }
                if (!person.lie()) {
                    assertThat(LIE_ON_FLOOR.matcher(text).find()).as("lies on the floor: %s", text).isFalse();
                }
                if (!person.oneLeg() && e.position() == Position.STANDING) {
                    assertThat(ONE_LEG.matcher(text).find()).as("stands on one leg: %s", text).isFalse();
                }
            }
        });
    }

    @Test
    void everyPlannedExerciseIsAVariantThePersonCanDoInItsOwnWords() {
        forEveryExercise((person, e) -> {
            Exercise exercise = Rules.exercise(e.id());
            Variant variant = exercise.variant(e.variant() == null ? Variant.AS_DESCRIBED : e.variant()).orElseThrow();
            assertThat(variant.uses()).allMatch(person.answers()::has);
            assertThat(variant.needs()).allMatch(ability -> ability.in(person.answers().abilities()));
            assertThat(e.name()).isEqualTo(variant.name());
            assertThat(e.position()).isEqualTo(variant.position());
            assertThat(e.steps()).isEqualTo(variant.steps());
            assertThat(e.perSide()).isEqualTo(variant.dosage().perSide());
            assertThat(e.dosage()).isEqualTo(variant.dosage().describe(e.sets(), e.reps(), e.holdSeconds()));
            if (variant.asDescribed()) {
                assertThat(e.adapted()).isFalse();
            } else {
                assertThat(e.adaptation()).startsWith("You ").containsPattern("\\((equipment|abilities\\.\\w+)\\)");
                assertThat(e.reasons()).contains("Adapted: " + e.adaptation());
            }
        });
    }

    /** order.drl groups a session by position: it must see the position of the variant, not the article's. */
    @Test
    void theSessionGoesThroughTheVariantsRealPositionsInOrder() {
        for (Person person : EVERYONE) {
            for (WeekRoutine week : person.routine().weeks()) {
                assertThat(week.exercises()).as("%s, week %d", person, week.week())
                        .extracting(PlannedExercise::position).isSorted();
            }
        }
        Person noFloorWithChairAndBand = EVERYONE.stream()
                .filter(p -> p.oneLeg() && !p.lie() && !p.sit() && p.equipment().size() == 3).findFirst().orElseThrow();
        assertThat(noFloorWithChairAndBand.routine().week(1).exercises())
                .extracting(e -> e.id() + " " + e.position().name().toLowerCase(Locale.ROOT))
                .endsWith("ankle-circles lying", "tibialis-anterior sitting_on_chair", "toe-curls sitting_on_chair");
    }

    @Test
    void everyVariantOfTheCatalogueIsChosenForSomebody() {
        Set<String> chosen = new java.util.TreeSet<>();
        forEveryExercise((person, e) -> chosen.add(e.id() + "/" + (e.variant() == null ? "" : e.variant())));
        for (Exercise exercise : Rules.BOOK.catalogue().exercises()) {
            for (Variant variant : exercise.variants()) {
                assertThat(chosen).contains(exercise.id() + "/" + variant.id());
            }
        }
    }
}
