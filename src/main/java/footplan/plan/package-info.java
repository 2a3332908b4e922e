/** One plan's story, shared by the command line and the web page: prescribe, schedule, write, and report it. */
package footplan.plan;
