/** Turns the person's days, time and time zone into dated sessions, using Quartz triggers and calendars. */
package footplan.schedule;
