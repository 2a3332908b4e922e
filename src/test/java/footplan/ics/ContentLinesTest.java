package footplan.ics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ContentLinesTest {

    /** The folded bytes as text, which the tests compare. */
    private static String fold(String unfolded) {
        return new String(ContentLines.fold(unfolded), StandardCharsets.UTF_8);
    }

    @Test
    void aLineOf75OctetsIsNotFolded() {
        var line = "DESCRIPTION:" + "a".repeat(63);

        assertEquals(line + "\r\n", fold(line + "\r\n"));
    }

    @Test
    void aLineOf76OctetsFoldsItsLastOctetOntoAContinuationLine() {
        var line = "DESCRIPTION:" + "a".repeat(63) + "b";

        assertEquals("DESCRIPTION:" + "a".repeat(63) + "\r\n b\r\n", fold(line + "\r\n"));
    }

    @Test
    void aContinuationLineHolds74OctetsAfterItsSpace() {
        var line = "DESCRIPTION:" + "a".repeat(63) + "b".repeat(74) + "c";

        assertEquals("DESCRIPTION:" + "a".repeat(63) + "\r\n " + "b".repeat(74) + "\r\n c\r\n", fold(line + "\r\n"));
    }

    @Test
    void longerLinesAreFoldedWithALeadingSpaceAndUnfoldBackToTheSameText() {
        var line = "DESCRIPTION:" + "a".repeat(200);

        var folded = fold(line + "\r\n");

        for (var physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        // 12 ASCII octets, then two-octet "ë": 31 of them fill 74 octets, the 32nd would make 76.
        var line = "X-WR-CALNAME:" + "ë".repeat(40);

        var folded = fold(line + "\r\n");

        var first = folded.substring(0, folded.indexOf("\r\n"));
        assertEquals("X-WR-CALNAME:" + "ë".repeat(31), first);
        assertEquals(75, first.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aFourOctetCharacterIsNeverSplit() {
        var line = "SUMMARY:" + "🦶".repeat(30);

        var folded = fold(line + "\r\n");

        for (var physical : folded.split("\r\n")) {
            var bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75);
            assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
            assertFalse(Character.isHighSurrogate(physical.charAt(physical.length() - 1)));
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void foldsEveryLineOfAMixedTextAtCharacterBoundaries() {
        var lines = new StringBuilder();
        for (int length = 60; length < 400; length += 7) {
            lines.append("DESCRIPTION:").append("Heel raises · 2×10 ë 🦶 a, b; c".repeat(length / 30)).append("\r\n");
            lines.append("UID:").append("x".repeat(length % 90)).append("\r\n");
        }
        var unfolded = lines.toString();

        var folded = fold(unfolded);

        for (var physical : folded.split("\r\n")) {
            var bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, physical);
            assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
        }
        assertEquals(unfolded, folded.replace("\r\n ", ""));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkAsJavaEncodesIt() {
        assertEquals("SUMMARY:a?b\r\n", fold("SUMMARY:a\uD83Eb\r\n"));
    }

    @Test
    void aBareLineBreakIsABug() {
        assertThrows(IllegalStateException.class, () -> fold("SUMMARY:a\nb\r\n"));
        assertThrows(IllegalStateException.class, () -> fold("SUMMARY:a"));
        assertThrows(IllegalStateException.class, () -> fold("SUMMARY:a\rb\r\n"));
        assertThrows(IllegalStateException.class, () -> fold("SUMMARY:a\r\r\n"));
    }
}
