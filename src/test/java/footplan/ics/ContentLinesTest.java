package footplan.ics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ContentLinesTest {

    @Test
    void aLineOf75OctetsIsNotFolded() {
        var line = "DESCRIPTION:" + "a".repeat(63);

        assertEquals(line + "\r\n", ContentLines.fold(line + "\r\n"));
    }

    @Test
    void longerLinesAreFoldedWithALeadingSpaceAndUnfoldBackToTheSameText() {
        var line = "DESCRIPTION:" + "a".repeat(200);

        var folded = ContentLines.fold(line + "\r\n");

        for (var physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        // 12 ASCII octets, then two-octet "ë": 31 of them fill 74 octets, the 32nd would make 76.
        var line = "X-WR-CALNAME:" + "ë".repeat(40);

        var folded = ContentLines.fold(line + "\r\n");

        var first = folded.substring(0, folded.indexOf("\r\n"));
        assertEquals("X-WR-CALNAME:" + "ë".repeat(31), first);
        assertEquals(75, first.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aFourOctetCharacterIsNeverSplit() {
        var line = "SUMMARY:" + "🦶".repeat(30);

        var folded = ContentLines.fold(line + "\r\n");

        for (var physical : folded.split("\r\n")) {
            var bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75);
            assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
            assertFalse(Character.isHighSurrogate(physical.charAt(physical.length() - 1)));
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void aBareLineBreakIsABug() {
        assertThrows(IllegalStateException.class, () -> ContentLines.fold("SUMMARY:a\nb\r\n"));
        assertThrows(IllegalStateException.class, () -> ContentLines.fold("SUMMARY:a"));
    }
}
