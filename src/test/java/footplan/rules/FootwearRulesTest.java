package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.FootwearHabit;
import footplan.rules.facts.Habit;
import footplan.rules.facts.Understood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootwearRulesTest {

    @Test
    void aYesToHighHeelsIsTheHabit() {
        TestAnswers answers = TestAnswers.fit();
        answers.highHeels = true;

        RuleRun run = Rules.only("Wearing high heels, from the answers", Rules.with(answers.build()));

        assertThat(run.facts(FootwearHabit.class)).singleElement()
                .satisfies(h -> assertThat(h.habit()).isEqualTo(Habit.HIGH_HEELS))
                .satisfies(h -> assertThat(h.reason()).contains("footwear.high_heels"));
    }

    @Test
    void aYesToPointedToesIsTheHabit() {
        TestAnswers answers = TestAnswers.fit();
        answers.pointedToes = true;

        assertThat(Rules.only("Wearing pointed shoes, from the answers", Rules.with(answers.build()))
                .facts(FootwearHabit.class)).extracting(FootwearHabit::habit).containsExactly(Habit.POINTED_TOES);
    }

    @Test
    void aYesToPoorFitIsTheHabit() {
        TestAnswers answers = TestAnswers.fit();
        answers.poorFit = true;

        assertThat(Rules.only("Wearing shoes that fit poorly, from the answers", Rules.with(answers.build()))
                .facts(FootwearHabit.class)).extracting(FootwearHabit::habit).containsExactly(Habit.POOR_FIT);
    }

    @Test
    void aYesToRunningIsTheHabit() {
        TestAnswers answers = TestAnswers.fit();
        answers.running = true;

        assertThat(Rules.only("Running, from the answers", Rules.with(answers.build()))
                .facts(FootwearHabit.class)).extracting(FootwearHabit::habit).containsExactly(Habit.RUNNING);
    }

    @Test
    void noAnswerNoHabit() {
        assertThat(Rules.only("Wearing high heels, from the answers", Rules.with(TestAnswers.fit().build()))
                .facts(FootwearHabit.class)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Notes that mention heels                      | Heels at work three days a week   | heels   | HIGH_HEELS
            Notes that mention heels                      | I love my STILETTOS               | stilettos | HIGH_HEELS
            Notes that mention pointed or narrow shoes    | narrow shoes for the office       | narrow  | POINTED_TOES
            Notes that mention pointed or narrow shoes    | pointed boots                     | pointed | POINTED_TOES
            Notes that mention tight, loose or worn shoes | my trainers are worn out          | worn    | POOR_FIT
            Notes that mention tight, loose or worn shoes | Tight shoes                       | tight   | POOR_FIT
            Notes that mention tight, loose or worn shoes | sandals a bit loose               | loose   | POOR_FIT
            Notes that mention running                    | I go jogging on Sundays           | jogging | RUNNING
            Notes that mention running                    | training for a marathon           | marathon | RUNNING
            """)
    void keywordsInTheNotesAreUnderstood(String rule, String notes, String word, Habit habit) {
        RuleRun run = Rules.only(rule, Rules.with(TestAnswers.fit().notes(notes).build()));

        assertThat(run.facts(Understood.class)).singleElement()
                .satisfies(u -> assertThat(u.word()).isEqualTo(word))
                .satisfies(u -> assertThat(u.meaning()).isEqualTo(habit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Notes that mention heels                      | new wheels for my bike
            Notes that mention running                    | brunch with friends
            Notes that mention tight, loose or worn shoes | flat comfortable shoes
            Notes that mention pointed or narrow shoes    | appointed a new coach
            """)
    void wordsInsideOtherWordsAreNotKeywords(String rule, String notes) {
        assertThat(Rules.only(rule, Rules.with(TestAnswers.fit().notes(notes).build())).facts(Understood.class))
                .isEmpty();
    }

    @Test
    void anUnderstoodWordCountsAsTheHabitWhenTheAnswersDidNotSaySo() {
        Understood understood = new Understood("heels", Habit.HIGH_HEELS, "Your notes say \"heels\".");

        RuleRun run = Rules.only("A habit understood from the notes counts like a yes",
                Rules.with(TestAnswers.fit().build(), understood));

        assertThat(run.facts(FootwearHabit.class)).singleElement()
                .satisfies(h -> assertThat(h.reason()).contains("notes"));
    }

    @Test
    void anUnderstoodWordAddsNothingWhenTheHabitIsAlreadyKnown() {
        Understood understood = new Understood("heels", Habit.HIGH_HEELS, "notes");
        FootwearHabit known = new FootwearHabit(Habit.HIGH_HEELS, "answers");

        RuleRun run = Rules.only("A habit understood from the notes counts like a yes",
                Rules.with(TestAnswers.fit().build(), understood, known));

        assertThat(run.facts(FootwearHabit.class)).isEmpty();
    }
}
