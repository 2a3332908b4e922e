package footplan.schedule;

import java.time.ZonedDateTime;

/**
 * One training session.
 *
 * @param week  1-based program week (week 1 is the 7 days from the start date)
 * @param slot  0-based position of the session within its week, stable across reruns
 * @param start local start in the person's zone
 */
public record Session(int week, int slot, ZonedDateTime start) {
}
