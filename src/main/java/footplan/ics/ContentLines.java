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
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = utf8Length(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static boolean isAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
