package footplan.questionnaire;

import footplan.answers.BadValue;
import footplan.answers.Pain;
import footplan.answers.TextParser;
import footplan.answers.Values;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks one question at a time in a terminal: shows the allowed answers and the default, takes the default
 * on Enter, explains the question on {@code ?}, and asks again with a hint after an answer it cannot use.
 */
final class Prompter {

    /** The person closed the input (Ctrl-D, end of a piped file): stop without saving anything. */
    static final class EndOfInput extends RuntimeException {
        EndOfInput() {
            super("end of input", null, false, false);
        }
    }

    private final BufferedReader in;
    private final PrintWriter out;

    Prompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /**
     * Asks until the answer is usable.
     *
     * @param question the question with its allowed answers, e.g. {@code Pain level on a typical day, 0-10}
     * @param help     one line on why we ask, shown on {@code ?}
     * @param fallback what Enter gives; empty when the question needs an answer
     * @param show     how the fallback is written in brackets
     */
    <T> T ask(String question, String help, Optional<T> fallback, Function<T, String> show, TextParser<T> parser) {
        return read(prompt(question, fallback, show), help, fallback, parser, "Please type an answer");
    }

    /** A yes/no question; with no fallback, Enter asks again for a y or an n. */
    boolean yesNo(String question, String help, Optional<Boolean> fallback) {
        return read(prompt(question + " y/n", fallback, yes -> yes ? "y" : "n"), help, fallback, Prompter::yesOrNo,
                "Please answer y or n");
    }

    private static <T> String prompt(String question, Optional<T> fallback, Function<T, String> show) {
        return question + fallback.map(v -> " [" + bracketed(show.apply(v)) + "]").orElse("") + ": ";
    }

    private <T> T read(String prompt, String help, Optional<T> fallback, TextParser<T> parser, String needAnswer) {
        while (true) {
            String text = readAnswer(prompt);
            if (text.equals("?")) {
                say("  " + help);
            } else if (text.isEmpty() && fallback.isPresent()) {
                return fallback.get();
            } else if (text.isEmpty()) {
                say("  " + needAnswer + " (? tells you why it is asked).");
            } else {
                try {
                    return parser.parse(text);
                } catch (BadValue e) {
                    hint(e);
                }
            }
        }
    }

    /**
     * A choice whose prompt already names the answers and what Enter gives, e.g.
     * {@code Save? [Y = save, c = change one, n = quit without saving]: }.
     */
    <T> T choose(String prompt, String help, T onEnter, TextParser<T> parser) {
        return read(prompt, help, Optional.of(onEnter), parser, "");
    }

    /** A refusal as one sentence: the message, with a full stop unless it ends with one already, or a "?". */
    private void hint(BadValue e) {
        String message = e.getMessage();
        say("  " + message + (message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? "" : "."));
    }

    void say(String line) {
        out.println(line);
        out.flush();
    }

    private String readAnswer(String prompt) {
        out.print(prompt);
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            // A terminal that fails to read is as good as closed: stop without saving.
            line = null;
        }
        if (line == null) {
            out.println();
            out.flush();
            throw new EndOfInput();
        }
        return line.strip();
    }

    private static String bracketed(String shown) {
        return shown.isEmpty() ? "none" : shown;
    }

    static boolean yesOrNo(String text) throws BadValue {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "y":
            case "yes":
                return true;
            case "n":
            case "no":
                return false;
            default:
                throw new BadValue(Values.quote(text) + " is not an answer here; type y or n");
        }
    }
}
