package footplan.rules.facts;

/** One week of the program, so rules can dose each week. */
public record ProgramWeek(int week, int weeks) {
}
