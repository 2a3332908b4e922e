package footplan.cli;

import footplan.plan.CalendarNames;
import footplan.plan.Json;
import footplan.plan.JsonReport;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.UserInputException;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.rules.RuleBook;
import footplan.sync.Account;
import footplan.sync.Sync;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footplan sync}: plans as {@code plan}, then writes the sessions to a CalDAV calendar. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Plan as 'plan' does, then make the CalDAV calendar at --url hold exactly footplan's"
                + " sessions. Events you added there are left alone; sessions you moved there keep your change.",
                "The password comes from FOOTPLAN_CALDAV_PASSWORD, --password-file or a prompt, never an option.",
                "With --verbose, each request and answer is shown on standard error, without the password."})
final class SyncCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "FOOTPLAN_CALDAV_PASSWORD";

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", defaultValue = "answers.yaml",
            description = "Your answers (default: ${DEFAULT-VALUE}); see examples/.")
    Path answers;

    @Mixin
    PlanOptions options;

    @Option(names = "--url", paramLabel = "URL", required = true,
            description = "The calendar collection, e.g. https://dav.example.org/alex/footplan/; made when missing."
                    + " Plain http only to this computer.")
    String url;

    @Option(names = "--user", paramLabel = "NAME", description = "Your user name on the calendar server.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the password, readable by you alone.")
    Path passwordFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: the plan's JSON document with a \"sync\" object added, and"
                    + " nothing else on standard output.")
    Format format;

    @Option(names = "--force", description = "Write footplan's version even over sessions you changed on the server.")
    boolean force;

    @Override
    public Integer call() {
        var collection = Account.address(url); // before anything is read or written, and before any connection
        var password = password();
        Answers person = AnswersFile.read(answers);
        RuleBook rules = options.rules.load();
        PlanOutcome outcome = Planner.plan(person, rules, options.run(answers, false), footplan.env.stamps());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            TextReport.print(outcome, options.explain, out); // before the sync, which may fail or take a while
            out.flush();
        }
        var account = new Account(collection, Optional.ofNullable(user), password);
        var made = new Sync.NewCalendar(CalendarNames.title(person.name()), person.schedule().zone());
        var synced = footplan.verbose
                ? Sync.run(outcome.calendarFile(), account, made, force, spec.commandLine().getErr())
                : Sync.run(outcome.calendarFile(), account, made, force);
        if (format == Format.json) {
            var doc = JsonReport.document(outcome, options.explain);
            doc.put("sync", json(collection, synced));
            out.print(Json.write(doc));
        } else {
            out.println();
            out.println("Synced to " + collection + ": " + synced.added() + " added, " + synced.updated()
                    + " updated, " + synced.removed() + " removed, " + synced.unchanged() + " unchanged"
                    + (synced.requests() == 0 ? "; nothing sent" : "") + ".");
            synced.notes().forEach(note -> out.println("  " + note));
        }
        out.flush();
        return outcome.routine().referred() ? ExitCode.REFERRAL : ExitCode.DONE;
    }

    /** The {@code "sync"} object of the JSON document; the address holds no credentials ({@link Account#address}). */
    private static Map<String, Object> json(URI collection, Sync.Outcome synced) {
        Map<String, Object> sync = Json.object();
        sync.put("url", collection.toString());
        sync.put("added", synced.added());
        sync.put("updated", synced.updated());
        sync.put("removed", synced.removed());
        sync.put("unchanged", synced.unchanged());
        sync.put("requests", synced.requests());
        sync.put("notes", synced.notes());
        return sync;
    }

    private Optional<String> password() {
        if (passwordFile != null) {
            return Optional.of(readPasswordFile(passwordFile));
        }
        var fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment);
        }
        if (user != null && footplan.env.interactive() && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", user);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        if (user != null) {
            throw new UserInputException("--user " + user + " needs a password: set " + PASSWORD_VARIABLE
                    + " or give --password-file");
        }
        return Optional.empty();
    }

    static String readPasswordFile(Path file) {
        try {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new UserInputException("--password-file " + file + " can be read by others; make it"
                            + " yours alone (chmod 600 " + file + ")");
                }
            } catch (UnsupportedOperationException e) {
                // no POSIX permissions here (Windows): nothing to check
            }
            var text = Files.readString(file, StandardCharsets.UTF_8);
            var line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new UserInputException("--password-file " + file + " is empty");
            }
            return line;
        } catch (IOException e) {
            throw new UserInputException("--password-file " + file + ": cannot read it (" + e.getClass()
                    .getSimpleName() + ")");
        }
    }
}
