package footplan.ics;

import net.fortuna.ical4j.model.property.Description;

/**
 * A DESCRIPTION that writes itself exactly as iCal4j's {@link Description} does, escaping its text in one pass
 * ({@link ContentLines#escapeText}). iCal4j escapes TEXT values with three regular-expression replacements, each
 * copying the whole value; a week's description runs to a few kilobytes and a calendar has one per session (17
 * for 6 weeks of 3), which made escaping a quarter of the work of a batch. Everything else (the value, validation,
 * reading it back) is iCal4j's own; equality is iCal4j's too, except that its parameter list is footplan's
 * ({@link Lookups}), so it equals a description read by iCal4j only by its text.
 */
final class FastDescription extends Description {

    private static final long serialVersionUID = 1L;

    FastDescription(String text) {
        super(Lookups.noParameters(), text);
    }

    /** The line last written, and the value it was written from. */
    private record Written(String value, String line) {
    }

    private transient Written written;

    /**
     * {@code DESCRIPTION:} and the escaped text, as {@code Property.toString} writes an unparameterised one. The
     * sessions of a week share one description, so the line is kept for as long as the value stays the same.
     */
    @Override
    public String toString() {
        if (!ContentLines.isPlain(this)) {
            return super.toString();
        }
        String value = getValue();
        Written last = written;
        if (last == null || last.value() != value) {
            var line = new StringBuilder(DESCRIPTION.length() + value.length() + value.length() / 16 + 3);
            last = new Written(value, ContentLines.appendTextLine(line, DESCRIPTION, value).toString());
            written = last;
        }
        return last.line();
    }
}
