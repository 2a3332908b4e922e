package footplan.ics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 5545 line folding by octets. iCal4j's FoldingWriter counts UTF-16 chars, so a line of "ë" or "·" can run
 * past 75 octets; we serialise unfolded and fold the UTF-8 bytes here, never splitting a UTF-8 sequence.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private ContentLines() {
    }

    /**
     * The UTF-8 bytes of an unfolded, CRLF-terminated text with every content line folded so that no line exceeds
     * {@value #MAX_OCTETS} octets, continuation lines starting with one space.
     *
     * <p>It folds the encoded bytes rather than the characters: a calendar is mostly long DESCRIPTION lines, and
     * copying runs of bytes is several times faster than weighing every character (a batch folds megabytes a
     * second). A lone surrogate is encoded as '?', as {@link String#getBytes} does.
     *
     * @throws IllegalStateException on a bare CR or LF, which would mean a value escaped nowhere
     */
    static byte[] fold(String unfolded) {
        if (!unfolded.endsWith(CRLF)) {
            throw new IllegalStateException("calendar text does not end with CRLF");
        }
        byte[] in = unfolded.getBytes(StandardCharsets.UTF_8);
        // A continuation line holds at least 71 octets of the line (74, less up to 3 of a sequence that did not
        // fit), and each fold adds 3: this is room enough for any text.
        byte[] out = new byte[in.length + 3 * (in.length / 71 + 1)];
        int written = 0;
        for (int start = 0; start < in.length; ) {
            int end = lineEnd(in, start);
            written = foldLine(in, start, end, out, written);
            start = end + 2;
        }
        return Arrays.copyOf(out, written);
    }

    /** Where the line starting at {@code start} ends: the index of its CR, which a LF must follow. */
    private static int lineEnd(byte[] in, int start) {
        for (int i = start; i < in.length; i++) {
            if (in[i] == CR && i + 1 < in.length && in[i + 1] == LF) {
                return i;
            }
            if (in[i] == CR || in[i] == LF) {
                throw new IllegalStateException("bare line break in content line: "
                        + new String(in, start, i - start, StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("calendar text does not end with CRLF"); // unreachable: checked above
    }

    /** Copies one line with its CRLF, folding it at the last character boundary within each line's octets. */
    private static int foldLine(byte[] in, int start, int end, byte[] out, int at) {
        int limit = MAX_OCTETS;
        while (end - start > limit) {
            int cut = start + limit;
            while (isContinuation(in[cut])) {
                cut--;
            }
            System.arraycopy(in, start, out, at, cut - start);
            at += cut - start;
            out[at++] = CR;
            out[at++] = LF;
            out[at++] = ' ';
            start = cut;
            limit = MAX_OCTETS - 1; // the leading space counts
        }
        System.arraycopy(in, start, out, at, end - start);
        at += end - start;
        out[at++] = CR;
        out[at++] = LF;
        return at;
    }

    /** Whether a byte continues a UTF-8 sequence (10xxxxxx), so that a line must not be cut before it. */
    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
