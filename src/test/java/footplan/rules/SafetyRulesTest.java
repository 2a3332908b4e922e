package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.rules.facts.ReferralReason;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafetyRulesTest {

    private static final String WARNING_SIGN = "A warning sign on the safety screen means seeing a clinician first";
    private static final String SEVERE_PAIN = "Pain of 8 or more means seeing a clinician first";

    @ParameterizedTest
    @EnumSource(SafetyQuestion.class)
    void everyWarningSignRefersAndNamesTheAnswer(SafetyQuestion question) {
        TestAnswers answers = TestAnswers.fit();
        answers.yes = EnumSet.of(question);

        RuleRun run = Rules.only(WARNING_SIGN, Rules.with(answers.build()));

        assertThat(run.facts(ReferralReason.class)).singleElement()
                .extracting(ReferralReason::reason).asString()
                .contains("safety." + question.key()).contains(question.description());
    }

    @Test
    void twoWarningSignsGiveTwoReasons() {
        TestAnswers answers = TestAnswers.fit();
        answers.yes = EnumSet.of(SafetyQuestion.SADDLE_NUMBNESS, SafetyQuestion.CANNOT_BEAR_WEIGHT);

        assertThat(Rules.only(WARNING_SIGN, Rules.with(answers.build())).facts(ReferralReason.class)).hasSize(2);
    }

    @Test
    void noWarningSignNoReferral() {
        assertThat(Rules.only(WARNING_SIGN, Rules.with(TestAnswers.fit().build())).facts(ReferralReason.class))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 10})
    void painOfEightOrMoreRefers(int level) {
        RuleRun run = Rules.only(SEVERE_PAIN, Rules.with(TestAnswers.fit().pain(level).build()));

        assertThat(run.facts(ReferralReason.class)).singleElement()
                .extracting(ReferralReason::reason).asString().contains(level + " out of 10").contains("pain.level");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7})
    void painBelowEightDoesNotRefer(int level) {
        assertThat(Rules.only(SEVERE_PAIN, Rules.with(TestAnswers.fit().pain(level).build()))
                .facts(ReferralReason.class)).isEmpty();
    }

    @Test
    void theScreenOnTheAnswersSoFarRefersAsAPlanWould() {
        Pain strong = new Pain(Set.of(PainArea.KNEE), 8, false);
        Safety fall = new Safety(Set.of(SafetyQuestion.RECENT_FALL_OR_INJURY));

        assertThat(Rules.BOOK.screen(Safety.allClear(), Optional.empty())).isEmpty();
        assertThat(Rules.BOOK.screen(Safety.allClear(), Optional.of(new Pain(Set.of(), 7, true)))).isEmpty();
        assertThat(Rules.BOOK.screen(fall, Optional.empty())).hasValueSatisfying(referral ->
                assertThat(referral.reasons()).singleElement().asString().contains("safety.recent_fall_or_injury"));
        assertThat(Rules.BOOK.screen(Safety.allClear(), Optional.of(strong)))
                .isEqualTo(Rules.BOOK.prescribe(TestAnswers.fit().pain(8).build()).referral());
    }
}
