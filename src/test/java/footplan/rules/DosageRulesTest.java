package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.Adaptation;
import footplan.rules.facts.Dose;
import footplan.rules.facts.ProgramWeek;
import footplan.rules.facts.Rank;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DosageRulesTest {

    private static final String PROGRESS = "Progress from the low end toward the high end over the program";
    private static final String KEEP_LOW = "Keep the low end while pain is moderate";

    private static List<Dose> heelRaises(String rule, int painLevel, Object... more) {
        Object[] facts = Rules.with(TestAnswers.fit().pain(painLevel).build(), Rules.exercise("heel-raises"),
                new Rank("heel-raises", 1, 0, Position.STANDING, ""), new ProgramWeek(1, 6), new ProgramWeek(2, 6),
                new ProgramWeek(3, 6), new ProgramWeek(4, 6), new ProgramWeek(5, 6), new ProgramWeek(6, 6));
        Object[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(facts), java.util.Arrays.stream(more))
                .toArray();
        return Rules.only(rule, all).facts(Dose.class).stream().sorted(Comparator.comparingInt(Dose::week)).toList();
    }

    @Test
    void lowPainStartsAtTheLowEndAndReachesTheHighEndInTheLastWeek() {
        List<Dose> doses = heelRaises(PROGRESS, 3);

        assertThat(doses).extracting(Dose::sets).containsExactly(2, 2, 2, 2, 2, 3);
        assertThat(doses).extracting(Dose::reps).containsExactly(10, 12, 14, 16, 18, 20);
        assertThat(doses.get(0).aboveLowEnd()).isFalse();
    }

    @Test
    void progressionNeverGoesDown() {
        List<Dose> doses = heelRaises(PROGRESS, 4);

        for (int i = 1; i < doses.size(); i++) {
            assertThat(doses.get(i).seconds()).isGreaterThanOrEqualTo(doses.get(i - 1).seconds());
        }
    }

    @Test
    void moderatePainStaysAtTheLowEndAllProgram() {
        List<Dose> doses = heelRaises(KEEP_LOW, 6);

        assertThat(doses).hasSize(6).allSatisfy(d -> {
            assertThat(d.sets()).isEqualTo(2);
            assertThat(d.reps()).isEqualTo(10);
            assertThat(d.reason()).contains("6/10");
        });
    }

    @Test
    void eachRuleKeepsToItsPainBand() {
        assertThat(heelRaises(PROGRESS, 5)).isEmpty();
        assertThat(heelRaises(KEEP_LOW, 4)).isEmpty();
    }

    @Test
    void aVariantOnBothFeetHalvesTheSides() {
        Adaptation bothFeet = new Adaptation("heel-raises", "both-feet", "balance");

        List<Dose> doses = heelRaises(PROGRESS, 3, bothFeet);

        assertThat(doses).allSatisfy(d -> assertThat(d.sides()).isEqualTo(1));
        assertThat(doses.get(0).seconds()).isLessThan(heelRaises(PROGRESS, 3).get(0).seconds());
    }

    @Test
    void aVariantKeepsTheArticlesRanges() {
        Adaptation counter = new Adaptation("heel-raises", "counter", "no chair");

        assertThat(heelRaises(PROGRESS, 3, counter)).extracting(Dose::sets, Dose::reps, Dose::sides)
                .isEqualTo(heelRaises(PROGRESS, 3).stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.sets(),
                        d.reps(), d.sides())).toList());
    }
}
