package footplan.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A note about one date of the program.
 *
 * @param date  the date the note is about; notes are listed in date order
 * @param order breaks ties on the same date: what happened to the session before how its time was placed
 * @param text  the note as the person reads it
 */
record Note(LocalDate date, int order, String text) {

    static final int SKIP = 0;
    static final int CLOCK = 1;

    static final Comparator<Note> BY_DATE =
            Comparator.comparing(Note::date).thenComparingInt(Note::order).thenComparing(Note::text);

    Note {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
