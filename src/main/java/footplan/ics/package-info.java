/**
 * Writes the sessions of a routine as an RFC 5545 calendar file with iCal4j, and updates it in place on reruns.
 *
 * <p>The calendar file is the state: a rerun reads the previous file, keeps its program id and the UID of every
 * session, raises SEQUENCE where a session changed and keeps sessions that no longer exist as
 * {@code STATUS:CANCELLED}. iCal4j stays inside this package; callers pass and receive our own records and
 * {@code java.time} types. Entry points: {@link footplan.ics.CalendarWriter} and {@link footplan.ics.CalendarReader}.
 */
package footplan.ics;
