/**
 * Writes the sessions of a calendar file to a CalDAV calendar collection with the JDK's HttpClient, one resource
 * per event, changing only what footplan itself wrote there and keeping the person's own edits.
 */
package footplan.sync;
