package footplan.cli;

import footplan.plan.CalendarNames;
import footplan.plan.Planner;
import footplan.answers.CheckIns;
import footplan.answers.CheckInsFile;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that makes a plan: which rules, which calendar, what counts as now, how much to
 * explain.
 */
final class PlanOptions {

    @Mixin
    RulesOption rules;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = {"Calendar file to write or update (default: calendars/<stem>.ics beside the answers"
                    + " file, e.g. calendars/answers.ics for answers.yaml).",
                    "The calendar belongs to the answers file, not to the name in it: a new name keeps it. A new"
                            + " file here starts a new program; it carries the default calendar's sessions ahead"
                            + " as cancelled, so importing it removes them."})
    Path calendar;

    @Option(names = "--checkins", paramLabel = "FILE",
            description = "How your sessions went (default: beside the answers file, e.g. answers.checkins.yaml for"
                    + " answers.yaml; none when it is missing). They progress, hold or step back the weeks after.")
    Path checkins;

    @Option(names = "--explain", description = "Show every rule that fired and why.")
    boolean explain;

    @Option(names = "--fresh", description = "Start a new program (new calendar events) instead of updating; the"
            + " old program's sessions ahead come out cancelled.")
    boolean fresh;

    @Mixin
    NowOption now;

    /** The calendar a plan writes to: the one asked for, else the default one of the answers file. */
    Path calendarFor(Path answers) {
        return calendar != null ? calendar : CalendarNames.defaultFile(answers);
    }

    /** The check-ins file of a plan: the one asked for, else the one beside the answers file. */
    Path checkInsFor(Path answers) {
        return checkins != null ? checkins : CheckInsFile.defaultFor(answers);
    }

    /** How a plan from {@code answers} is written, with the check-ins read from their file. */
    Planner.Run run(Path answers, boolean dryRun) {
        Path file = checkInsFor(answers);
        return run(answers, dryRun, CheckInsFile.read(file), file);
    }

    /** How a plan from {@code answers} is written, with these check-ins. */
    Planner.Run run(Path answers, boolean dryRun, CheckIns checkIns, Path checkInsFile) {
        return new Planner.Run(calendarFor(answers), CalendarNames.defaultFile(answers), fresh, dryRun, now.moment(), checkIns,
                checkInsFile);
    }
}
