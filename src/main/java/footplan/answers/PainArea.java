package footplan.answers;

/** Where the person has pain; an empty set means the routine is for prevention only. */
public enum PainArea {
    BACK, HIP, KNEE;

    /** The word used in answers files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
