package footplan.rules.facts;

/** Footwear habits the article connects to foot pain. */
public enum Habit {
    HIGH_HEELS("high heels"),
    POINTED_TOES("pointed or narrow shoes"),
    POOR_FIT("shoes that do not fit well"),
    RUNNING("running");

    private final String label;

    Habit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
