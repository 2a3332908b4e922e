package footplan.rules;

import footplan.rules.facts.AnswerKeys;
import java.util.List;

/**
 * One decision a rule made, for {@code --explain}: the rule, its reason, and the exercise it is about.
 *
 * @param exercise     the catalogue id of the exercise the decision is about, or null for one about no exercise
 *                     (footwear habits, advice, a referral)
 * @param exerciseName that exercise's name, e.g. "Tibialis anterior", or null
 * @param reason       why, in plain words, naming the answers it rests on in brackets
 */
public record Explanation(String exercise, String exerciseName, String rule, String reason) {

    /** The answer keys the reason names, e.g. {@code pain.areas}; empty for a decision that rests on no answer. */
    public List<String> answers() {
        return AnswerKeys.in(reason);
    }
}
