package footplan.questionnaire;

import footplan.Dates;
import footplan.answers.CheckIn;
import footplan.answers.Effort;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Asks in the terminal for what a check-in still lacks, with the questionnaire's conventions: Enter takes the
 * default, {@code ?} explains, a bad answer is asked again with a hint, and the end of the input stops everything.
 */
public final class CheckInQuestions {

    /**
     * What the command line already says; empty parts are asked.
     *
     * @param date the session's date, chosen before any question
     * @param done true for done, false for missed, empty to ask
     * @param note present (maybe empty) when given
     */
    public record Given(LocalDate date, Optional<Boolean> done, OptionalInt painDuring,
                        OptionalInt painNextMorning, Optional<Effort> effort, Optional<String> note) {

        /** Whether a check-in can be made without asking anything. */
        public boolean complete() {
            return done.isPresent() && (!done.get() || painDuring.isPresent());
        }
    }

    private final Prompter prompter;

    public CheckInQuestions(BufferedReader in, PrintWriter out) {
        this.prompter = new Prompter(in, out);
    }

    /**
     * Asks what {@code given} lacks (call it only when {@link Given#complete()} is false): done or missed, the
     * pains, the effort and a note.
     *
     * @return empty when the input ended before the check-in was complete
     */
    public Optional<CheckIn> ask(Given given) {
        try {
            LocalDate date = given.date();
            boolean done = given.done().isPresent() ? given.done().get()
                    : prompter.yesNo("Did you do the session of " + Dates.day(date) + "?",
                            CheckInQuestion.DONE.help(),
                    Optional.of(true));
            if (!done) {
                String note = given.note().isPresent() ? given.note().get() : note("Why was it missed? (optional)");
                return Optional.of(CheckIn.missed(date, note));
            }
            int during = given.painDuring().isPresent() ? given.painDuring().getAsInt()
                    : prompter.ask(CheckInQuestion.PAIN_DURING.question(), CheckInQuestion.PAIN_DURING.help(),
                    Optional.empty(), String::valueOf, CheckIn::pain);
            OptionalInt morning = given.painNextMorning().isPresent() ? given.painNextMorning()
                    : prompter.ask(CheckInQuestion.PAIN_NEXT_MORNING.question() + " (Enter: not yet known)",
                            CheckInQuestion.PAIN_NEXT_MORNING.help(), Optional.of(OptionalInt.empty()),
                    p -> p.isPresent() ? String.valueOf(p.getAsInt()) : "", t -> OptionalInt.of(CheckIn.pain(t)));
            Optional<Effort> effort = given.effort().isPresent() ? given.effort()
                    : prompter.ask(CheckInQuestion.EFFORT.question(), CheckInQuestion.EFFORT.help(), Optional.of(
                            Optional.<Effort>empty()), e -> e.map(Effort::key).orElse(""),
                    t -> Optional.of(Effort.of(t)));
            String note = given.note().isPresent() ? given.note().get() : note(CheckInQuestion.NOTE.question());
            return Optional.of(CheckIn.done(date, during, morning, effort, note));
        } catch (Prompter.EndOfInput e) {
            return Optional.empty();
        }
    }

    private String note(String question) {
        return prompter.ask(question, CheckInQuestion.NOTE.help(),
                Optional.of(""), n -> n, CheckIn::note);
    }
}
