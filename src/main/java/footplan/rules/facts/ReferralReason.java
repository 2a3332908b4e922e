package footplan.rules.facts;

/** The safety screen found a reason to see a clinician before exercising. */
public record ReferralReason(String reason) implements Reasoned {
}
