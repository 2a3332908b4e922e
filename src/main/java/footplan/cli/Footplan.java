package footplan.cli;

import footplan.UserInputException;
import footplan.sync.ServerException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code footplan} command and the one place that turns problems into exit codes and messages.
 *
 * <p>Build it with {@link #commandLine}, then {@code execute(args)}; output goes to the command line's
 * writers, so tests capture it with {@code setOut}/{@code setErr}.
 */
@Command(name = "footplan",
        mixinStandardHelpOptions = true,
        versionProvider = Footplan.Version.class,
        description = "Foot exercises for back, hip and knee pain, planned from your answers and delivered"
                + " as a calendar you import.",
        footer = {"", "Exit codes: 0 done, 2 bad input (options, answers, rules, files),"
                + " 3 see a clinician first (no plan made), 4 the calendar server could not be reached or refused,"
                + " 1 unexpected error."})
public final class Footplan implements Runnable {

    /** The subcommands, in the order {@code footplan --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(QuestionnaireCommand.class, PlanCommand.class,
            CheckinCommand.class, SyncCommand.class, ServeCommand.class, BatchCommand.class, ExercisesCommand.class, CheckRulesCommand.class, CommandLine.HelpCommand.class);

    final Environment env;

    @Spec
    CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of unexpected errors (also FOOTPLAN_DEBUG=1); with sync, each HTTP"
                    + " request and answer, without the password.")
    boolean verbose;

    Footplan(Environment env) {
        this.env = env;
    }

    /** The command line with every subcommand and footplan's error handling, ready to {@code execute}. */
    public static CommandLine commandLine(Environment env) {
        Footplan footplan = new Footplan(env);
        CommandLine cli = new CommandLine(footplan);
        COMMANDS.forEach(cli::addSubcommand);
        cli.setExecutionStrategy(Footplan::runCatchingErrors);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> footplan.failed(unwrap(ex), line));
        cli.setParameterExceptionHandler(Footplan::badOptions);
        return cli;
    }

    /**
     * Runs the command; an {@link Error} (a stack overflow, out of memory) is handed to {@link #failed} like any
     * other bug, since picocli only hands on Exceptions and would let an Error out with Java's own stack trace.
     */
    private static int runCatchingErrors(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            CommandLine line = parsed.subcommands().isEmpty() ? parsed.commandSpec().commandLine()
                    : parsed.subcommands().get(parsed.subcommands().size() - 1).commandSpec().commandLine();
            throw new CommandLine.ExecutionException(line, e.toString(), e);
        }
    }

    /** The failure itself, not the wrapper picocli or {@link #runCatchingErrors} put around an Error. */
    private static Throwable unwrap(Exception ex) {
        return ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error error ? error : ex;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands above.");
    }

    private int failed(Throwable ex, CommandLine line) {
        PrintWriter err = line.getErr();
        if (ex instanceof ServerException) {
            err.println("footplan: " + ex.getMessage());
            err.println("footplan: the calendar file is written; sync again when the server answers.");
            err.flush();
            return ExitCode.SERVER;
        }
        if (ex instanceof UserInputException) {
            err.println("footplan: " + ex.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("footplan: unexpected error: " + ex + ". This is a bug in footplan"
                + (showStackTraces() ? ":" : "; run again with --verbose or FOOTPLAN_DEBUG=1 for details."));
        if (showStackTraces()) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCode.UNEXPECTED;
    }

    private boolean showStackTraces() {
        return verbose || "1".equals(System.getenv("FOOTPLAN_DEBUG"));
    }

    private static int badOptions(CommandLine.ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("footplan: " + ex.getMessage());
        err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' to see the options.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** The version from the jar's manifest, so it is written in one place: the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Footplan.class.getPackage().getImplementationVersion();
            return new String[] {"footplan " + (version == null ? "(development build)" : version)};
        }
    }
}
