package footplan.web;

import java.util.List;
import java.util.Optional;

/**
 * Answers that call for a clinician first: why, and what became of the calendar. Public because the compiled
 * templates live in their own package.
 *
 * @param cancelled the sessions ahead this cancelled in the calendar file
 * @param problem   why a calendar that is there could not be updated
 * @param stem      the answers file to come back to; empty when there is none yet
 */
public record ReferralView(String title, List<String> reasons, int cancelled, Optional<String> problem, String stem) {

    public ReferralView {
        reasons = List.copyOf(reasons);
    }
}
