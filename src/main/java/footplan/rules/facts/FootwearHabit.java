package footplan.rules.facts;

/** A footwear habit the person has, from a yes answer or from a word in their notes. */
public record FootwearHabit(Habit habit, String reason) implements Reasoned {
}
