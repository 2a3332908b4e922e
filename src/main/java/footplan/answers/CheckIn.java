package footplan.answers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one session went, as the person tells it afterwards: one entry of the check-ins file.
 *
 * <p>A session was either done or missed. A done session needs the worst pain during it; the pain the next
 * morning, the effort and a note are optional. A missed session has nothing to rate, so it carries no pain and no
 * effort, only an optional note (why it was missed, say). Pains are 0 (none) to 10 (worst imaginable), like
 * {@code pain.level} in the answers.
 *
 * @param date            the session's local date
 * @param done            false when the session was missed
 * @param painDuring      worst pain during the session; present exactly when it was done
 * @param painNextMorning pain the morning after; only for a session that was done
 * @param effort          how hard it felt; only for a session that was done
 * @param note            free text, never null (empty when not given)
 */
public record CheckIn(LocalDate date, boolean done, OptionalInt painDuring, OptionalInt painNextMorning,
                      Optional<Effort> effort, String note) {

    public static final int MAX_PAIN = 10;
    public static final int MAX_NOTE_LENGTH = 200;

    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(painDuring, "painDuring");
        Objects.requireNonNull(painNextMorning, "painNextMorning");
        Objects.requireNonNull(effort, "effort");
        note = note == null ? "" : note.strip();
        checkPain("pain during", painDuring);
        checkPain("pain next morning", painNextMorning);
        if (done && painDuring.isEmpty()) {
            throw new IllegalArgumentException("a session that was done needs the pain during it");
        }
        if (!done && (painDuring.isPresent() || painNextMorning.isPresent() || effort.isPresent())) {
            throw new IllegalArgumentException("a missed session has no pain or effort to rate");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a check-in's note has at most " + MAX_NOTE_LENGTH + " characters");
        }
        if (note.codePoints().anyMatch(CheckIn::forbidden)) {
            throw new IllegalArgumentException("a check-in's note is plain text, without control characters");
        }
    }

    /** A session that was done. */
    public static CheckIn done(LocalDate date, int painDuring, OptionalInt painNextMorning, Optional<Effort> effort,
                               String note) {
        return new CheckIn(date, true, OptionalInt.of(painDuring), painNextMorning, effort, note);
    }

    /** A session that was missed. */
    public static CheckIn missed(LocalDate date, String note) {
        return new CheckIn(date, false, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), note);
    }

    /**
     * Reads a check-in's note: line breaks and tabs are fine, other control characters are not, and it has at
     * most {@value #MAX_NOTE_LENGTH} characters.
     */
    public static String note(String text) throws BadValue {
        String note = text.strip();
        if (note.codePoints().anyMatch(CheckIn::forbidden)) {
            throw new BadValue(Values.quote(text) + " has a control character; a note is plain text");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new BadValue("is " + note.length() + " characters long; a note has at most " + MAX_NOTE_LENGTH);
        }
        return note;
    }

    /** Reads a pain rating, 0-10, typed as text. */
    public static int pain(String text) throws BadValue {
        return Values.wholeNumber(text, 0, MAX_PAIN);
    }

    private static boolean forbidden(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
    }

    private static void checkPain(String what, OptionalInt pain) {
        if (pain.isPresent() && (pain.getAsInt() < 0 || pain.getAsInt() > MAX_PAIN)) {
            throw new IllegalArgumentException(what + " must be 0-" + MAX_PAIN + ", was " + pain.getAsInt());
        }
    }
}
