package footplan.answers;

import java.util.Locale;

/** Warning signs that mean a clinician should see the person before any exercise plan. */
public enum SafetyQuestion {
    SADDLE_NUMBNESS("numbness or tingling between the legs or around the buttocks (saddle area)"),
    BLADDER_OR_BOWEL_CHANGE("a new change in bladder or bowel control"),
    PROGRESSIVE_LEG_WEAKNESS("leg weakness that is getting worse"),
    RECENT_FALL_OR_INJURY("a recent fall or injury"),
    FEVER_OR_UNEXPLAINED_WEIGHT_LOSS("fever or weight loss you cannot explain"),
    SEVERE_NIGHT_PAIN("severe pain at night that rest does not ease"),
    HOT_SWOLLEN_JOINT("a hot, swollen joint"),
    CANNOT_BEAR_WEIGHT("not being able to put weight on a leg");

    private final String description;

    SafetyQuestion(String description) {
        this.description = description;
    }

    /** The key used in answers files, e.g. {@code saddle_numbness}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Plain words for the sign, used in questions and referral messages. */
    public String description() {
        return description;
    }
}
