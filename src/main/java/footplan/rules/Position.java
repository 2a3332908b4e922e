package footplan.rules;

/** Body positions, in the order a session moves through them so a person in pain gets up and down least. */
public enum Position {
    STANDING("standing"),
    LYING("lying on your back"),
    SITTING_ON_FLOOR("sitting on the floor"),
    SITTING_ON_CHAIR("sitting on a chair"),
    /** A seat of chair height for a person with no chair; it comes last, so the session ends off the floor. */
    SITTING_ON_BED_OR_SOFA("sitting on the edge of a bed or sofa");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
