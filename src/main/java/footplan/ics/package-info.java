/** Writes a routine's sessions as an RFC 5545 calendar with iCal4j, updating the previous file in place on reruns. */
package footplan.ics;
