package footplan.ics;

/**
 * RFC 5545 line folding by octets. iCal4j's FoldingWriter counts UTF-16 chars, so a line of "ë" or "·" can run
 * past 75 octets; we serialise unfolded and fold here, never splitting a UTF-8 sequence.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /**
     * Folds every content line of an unfolded, CRLF-terminated text so no line exceeds {@value #MAX_OCTETS} octets
     * of UTF-8, continuation lines starting with one space.
     *
     * @throws IllegalStateException on a bare CR or LF, which would mean a value escaped nowhere
     */
    static String fold(String unfolded) {
        if (!unfolded.endsWith(CRLF)) {
            throw new IllegalStateException("calendar text does not end with CRLF");
        }
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        // One pass with indexOf: String.split would compile "\r\n" as a regular expression on every call, and
        // this runs once per calendar written (a batch writes thousands).
        for (int start = 0; start < unfolded.length(); ) {
            int end = unfolded.indexOf(CRLF, start);
            var line = unfolded.substring(start, end);
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new IllegalStateException("bare line break in content line: " + line);
            }
            foldLine(line, folded);
            start = end + CRLF.length();
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        if (line.length() <= MAX_OCTETS && isAscii(line)) { // most lines: one octet a character, nothing to fold
            out.append(line).append(CRLF);
            return;
        }
        // Copies whole runs of characters between folds: a batch folds a few megabytes of DESCRIPTION a second,
        // and appending them one code point at a time was a sixth of the time it took to write a calendar.
        int octets = 0;
        int runStart = 0;
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < line.length()
                    && Character.isLowSurrogate(line.charAt(i + 1));
            int width = pair ? 4 : utf8Length(c);
            if (octets + width > MAX_OCTETS) {
                out.append(line, runStart, i).append(CRLF).append(' ');
                runStart = i;
                octets = 1;
            }
            octets += width;
            i += pair ? 2 : 1;
        }
        out.append(line, runStart, line.length()).append(CRLF);
    }

    private static boolean isAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-8 length of a character that is not half of a surrogate pair (a lone one is written as '?'). */
    private static int utf8Length(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return 1;
        }
        return c < 0x800 ? 2 : 3;
    }
}
