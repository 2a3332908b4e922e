package footplan.rules;

import java.util.List;

/** The safety screen found a reason to see a clinician first; no routine is made. */
public record Referral(List<String> reasons) {

    public Referral {
        reasons = List.copyOf(reasons);
    }
}
