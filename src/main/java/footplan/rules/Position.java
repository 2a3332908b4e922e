package footplan.rules;

/** Body positions, in the order a session moves through them so a person in pain gets up and down least. */
public enum Position {
    STANDING("standing"),
    LYING("lying on your back"),
    SITTING_ON_FLOOR("sitting on the floor"),
    SITTING_ON_CHAIR("sitting on a chair");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
