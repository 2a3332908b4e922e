package footplan.cli;

import footplan.answers.Answers;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that makes a plan: which rules, which calendar, how much to explain. */
final class PlanOptions {

    @Mixin
    RulesOption rules;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Calendar file to write or update (default: calendars/<name>.ics).")
    Path calendar;

    @Option(names = "--explain", description = "Show every rule that fired and why.")
    boolean explain;

    @Option(names = "--fresh", description = "Start a new program (new calendar events) instead of updating.")
    boolean fresh;

    /** The calendar a plan writes to: the one asked for, else {@code calendars/<name>.ics}. */
    Path calendarFor(Answers answers) {
        return calendar != null ? calendar : CalendarNames.defaultFile(answers.name());
    }
}
