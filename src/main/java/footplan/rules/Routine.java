package footplan.rules;

import java.util.List;
import java.util.Optional;

/**
 * What the rules decided for one person: either a referral, or a routine for every program week.
 *
 * @param referral     present when the person should see a clinician; then {@code weeks} is empty
 * @param advice       footwear and safety advice in plain words
 * @param notes        what was left out, adapted, shortened or understood, in plain words
 * @param explanations every decision the rules made, in the order they made them, each once
 * @param cautions     the advice every session repeats at its end, in the rules' words: pain down the leg when
 *                     it applies, then when to stop (last); empty for a referral
 */
public record Routine(Optional<Referral> referral, List<String> advice, List<String> notes, List<WeekRoutine> weeks,
                      List<Explanation> explanations, List<String> cautions) {

    public Routine {
        advice = List.copyOf(advice);
        cautions = List.copyOf(cautions);
        notes = List.copyOf(notes);
        weeks = List.copyOf(weeks);
        explanations = List.copyOf(explanations);
    }

    public boolean referred() {
        return referral.isPresent();
    }

    /** The routine of a 1-based program week. */
    public WeekRoutine week(int week) {
        return weeks.get(week - 1);
    }
}
