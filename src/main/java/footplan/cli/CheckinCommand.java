package footplan.cli;

import footplan.plan.PlanOutcome;
import footplan.plan.CheckInDates;
import footplan.plan.Planner;
import footplan.plan.Progress;
import footplan.Dates;
import footplan.UserInputException;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.BadValue;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.answers.CheckInsFile;
import footplan.ics.CalendarLock;
import footplan.answers.Effort;
import footplan.answers.TextParser;
import footplan.questionnaire.CheckInQuestions;
import footplan.rules.RuleBook;
import footplan.schedule.Session;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code footplan checkin}: records how one session went, then plans exactly as {@code plan} does, so the weeks
 * after it progress, hold or step back and the calendar's sessions ahead carry the new doses.
 */
@Command(name = "checkin", mixinStandardHelpOptions = true,
        description = {"Record how a session went, then plan again: the weeks after it progress, hold or step back.",
                "Asks in the terminal for what the options leave out; checking in again for a date replaces it."})
final class CheckinCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    @ParentCommand
    Footplan footplan;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", defaultValue = "answers.yaml",
            description = "Your answers (default: ${DEFAULT-VALUE}).")
    Path answers;

    @Mixin
    PlanOptions options;

    @Option(names = "--date", paramLabel = "DATE", description = "The session's date, YYYY-MM-DD (default: the"
            + " latest past session without a check-in).")
    String date;

    @Option(names = "--done", description = "You did the session.")
    boolean done;

    @Option(names = "--missed", description = "You missed the session.")
    boolean missed;

    @Option(names = "--pain-during", paramLabel = "N", description = "Worst pain during the session, 0-10.")
    String painDuring;

    @Option(names = "--pain-next-morning", paramLabel = "N", description = "Pain the morning after, 0-10.")
    String painNextMorning;

    @Option(names = "--effort", paramLabel = "EFFORT", description = "How hard it felt: easy, right or hard.")
    String effort;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for yourself.")
    String note;

    @Override
    public Integer call() {
        Answers person = AnswersFile.read(answers);
        RuleBook book = options.rules.load();
        Path file = options.checkInsFor(answers);
        CheckIns before = CheckInsFile.read(file);
        SessionPlan sessions = SessionPlanner.plan(person.schedule());
        CheckInsFile.checkSessions(before, Planner.sessionDates(sessions), file);
        Instant now = options.now.instant(person.schedule().zone(), footplan.env.clock());

        CheckInQuestions.Given given = given(sessionOn(sessions, now, before));
        PrintWriter out = spec.commandLine().getOut();
        Optional<CheckIn> previous = before.on(given.date());
        CheckIn checkIn;
        if (given.complete()) {
            checkIn = make(given);
        } else {
            out.println("Checking in for the session of " + Dates.day(given.date())
                    + (previous.isPresent() ? " (it has a check-in; yours replaces it)" : "")
                    + ". Enter takes the answer in brackets, ? explains.");
            Optional<CheckIn> asked = new CheckInQuestions(new BufferedReader(footplan.env.input()), out).ask(given);
            if (asked.isEmpty()) {
                return inputEnded(file);
            }
            checkIn = asked.get();
            out.println();
        }

        boolean existed = Files.exists(file);
        CheckIns after = before.with(checkIn);
        PlanOutcome plan;
        try (var lock = CalendarLock.forAnswers(answers)) {
            CheckInsFile.write(file, after);
            plan = Planner.plan(person, book, options.run(answers, false, after, file), footplan.env.stamps());
        }
        out.println("Checked in " + Progress.describe(checkIn) + ".");
        previous.ifPresent(p -> out.println("This replaces the earlier check-in for " + Dates.day(p.date()) + " ("
                + Progress.describe(p) + ")."));
        out.println("Saved to " + file + (existed ? " (the previous version is in " + file + ".bak)." : "."));
        out.println();
        TextReport.print(plan, options.explain, out);
        return plan.routine().referred() ? ExitCode.REFERRAL : ExitCode.DONE;
    }

    /**
     * The session to check in for: the one of {@code --date}, which must be a session that has begun, else the
     * latest session before now without a check-in.
     */
    private LocalDate sessionOn(SessionPlan sessions, Instant now, CheckIns before) {
        if (date != null) {
            LocalDate day = parse("--date", date, CheckinCommand::date);
            Session session = sessions.sessions().stream().filter(s -> s.start().toLocalDate().equals(day))
                    .findFirst().orElseThrow(() -> new UserInputException("--date " + day + ": is not the date of a"
                            + " session of the program in " + answers + nearest(sessions, day)));
            if (!session.start().toInstant().isBefore(now)) {
                throw new UserInputException("--date " + day + ": the session of " + Dates.dayAndTime(session.start())
                        + " has not happened yet; check in after it");
            }
            return day;
        }
        if (CheckInDates.begun(sessions, now).isEmpty()) {
            throw new UserInputException("no session of " + answers + " has happened yet"
                    + CheckInDates.first(sessions).map(s -> "; the first is on " + Dates.dayAndTime(s)).orElse(""));
        }
        return CheckInDates.latestWithout(sessions, now, before)
                .orElseThrow(() -> new UserInputException("every past session of " + answers + " has a check-in;"
                        + " give --date to replace one"));
    }

    private static String nearest(SessionPlan sessions, LocalDate day) {
        Optional<LocalDate> before = sessions.sessions().stream().map(s -> s.start().toLocalDate())
                .filter(d -> d.isBefore(day)).max(Comparator.naturalOrder());
        Optional<LocalDate> after = sessions.sessions().stream().map(s -> s.start().toLocalDate())
                .filter(d -> d.isAfter(day)).min(Comparator.naturalOrder());
        if (before.isEmpty() && after.isEmpty()) {
            return "; the program has no sessions";
        }
        return "; the nearest " + (before.isPresent() && after.isPresent()
                ? "sessions are on " + before.get() + " and " + after.get()
                : "session is on " + before.orElseGet(after::get));
    }

    private CheckInQuestions.Given given(LocalDate day) {
        if (done && missed) {
            throw new UserInputException("--done and --missed: give one of them, not both");
        }
        Optional<Boolean> status = done ? Optional.of(true) : missed ? Optional.of(false) : Optional.empty();
        OptionalInt during = pain("--pain-during", painDuring);
        OptionalInt morning = pain("--pain-next-morning", painNextMorning);
        Optional<Effort> felt = effort == null ? Optional.empty() : Optional.of(parse("--effort", effort, Effort::of));
        Optional<String> text = note == null ? Optional.empty() : Optional.of(parse("--note", note, CheckIn::note));
        if (missed && (during.isPresent() || morning.isPresent() || felt.isPresent())) {
            throw new UserInputException("--missed: a missed session has no pain or effort to rate; leave out"
                    + " --pain-during, --pain-next-morning and --effort, or give --done");
        }
        return new CheckInQuestions.Given(day, status, during, morning, felt, text);
    }

    private static CheckIn make(CheckInQuestions.Given given) {
        return given.done().get()
                ? CheckIn.done(given.date(), given.painDuring().getAsInt(), given.painNextMorning(), given.effort(),
                        given.note().orElse(""))
                : CheckIn.missed(given.date(), given.note().orElse(""));
    }

    private static OptionalInt pain(String option, String text) {
        return text == null ? OptionalInt.empty() : OptionalInt.of(parse(option, text, CheckIn::pain));
    }

    private static <T> T parse(String option, String text, TextParser<T> parser) {
        try {
            return parser.parse(text);
        } catch (BadValue e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }

    private static LocalDate date(String text) throws BadValue {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeException e) {
            throw new BadValue("\"" + text + "\" is not a date; give YYYY-MM-DD, e.g. 2026-12-09");
        }
    }

    private int inputEnded(Path file) {
        PrintWriter err = spec.commandLine().getErr();
        if (!footplan.env.interactive()) {
            err.println("footplan: standard input ended before the check-in was complete; " + file
                    + " is unchanged. Give one answer per line, or run it in a terminal.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Nothing was saved; " + file + " is as it was.");
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
