package footplan.answers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The safety screen: every question is asked, and this holds the ones answered yes.
 *
 * @param yes the warning signs the person has; empty when all answers were no
 */
public record Safety(Set<SafetyQuestion> yes) {

    public Safety {
        yes = Collections.unmodifiableSet(yes.isEmpty() ? EnumSet.noneOf(SafetyQuestion.class) : EnumSet.copyOf(yes));
    }

    /** All answers no. */
    public static Safety allClear() {
        return new Safety(Set.of());
    }

    public boolean answeredYes(SafetyQuestion question) {
        return yes.contains(question);
    }
}
