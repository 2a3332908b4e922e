package footplan.answers;

/**
 * What the person can do today.
 *
 * @param standOnOneLeg for 10 seconds, holding a chair
 * @param lieOnFloor    and get up again
 * @param sitOnFloor    and get up again
 */
public record Abilities(boolean standOnOneLeg, boolean lieOnFloor, boolean sitOnFloor) {
}
