/** The command line: reads options, runs the story (answers, rules, sessions, calendar) and reports it. */
package footplan.cli;
