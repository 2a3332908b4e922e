package footplan.answers;

/**
 * Footwear habits, and free-text notes in which rules look for keywords.
 *
 * @param notes free text, never null (empty when not given)
 */
public record Footwear(boolean highHeels, boolean pointedToes, boolean poorFit, boolean running, String notes) {

    public static final int MAX_NOTES_LENGTH = 500;

    public Footwear {
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("footwear notes must be at most " + MAX_NOTES_LENGTH + " characters");
        }
    }
}
