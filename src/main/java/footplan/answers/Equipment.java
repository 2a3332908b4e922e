package footplan.answers;

/** Things at home some exercises use. */
public enum Equipment {
    CHAIR, BAND, TOWEL;

    /** The word used in answers files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
