/** Turns the person's days, time and time zone into dated sessions: Quartz picks the dates, java.time the clock. */
package footplan.schedule;
