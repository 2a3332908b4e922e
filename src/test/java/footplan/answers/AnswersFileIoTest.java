package footplan.answers;

import static footplan.answers.AnswersFixtures.VALID;
import static footplan.answers.AnswersFixtures.cleanMessage;
import static footplan.answers.AnswersFixtures.validAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileIoTest {

    @TempDir
    Path dir;

    private String refusalReading(Path file) {
        AnswersException e = assertThrows(AnswersException.class, () -> AnswersFile.read(file));
        return cleanMessage(e, file.toString());
    }

    @Test
    void readsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), VALID);
        assertEquals(validAnswers(), AnswersFile.read(file));
    }

    @Test
    void messagesNameTheFileAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), VALID.replace("\"07:30\"", "\"25:00\""));
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertEquals(relative + ": schedule.time: \"25:00\" is not a time of day (HH:MM)",
                refusalReading(relative));
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("nope.yaml");
        assertEquals(file + ": no such file; run footplan questionnaire to create it, or give the path of an"
                + " answers file", refusalReading(file));
    }

    @Test
    void aFolder() {
        assertEquals(dir + ": is a folder, not an answers file", refusalReading(dir));
    }

    @Test
    void aPathThroughAFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("answers.yaml");
        assertTrue(refusalReading(file).startsWith(file + ": cannot be read: "));
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.yaml"), VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the file system lets this user read anything (root)");
        assertEquals(file + ": cannot be read: permission denied", refusalReading(file));
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingItAll() throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.write(file, new byte[10 * 1024 * 1024]);
        assertEquals(file + ": is larger than 64 KiB; an answers file is a few hundred bytes", refusalReading(file));
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, VALID.replace("name: Alex", "name: Zo\u00eb").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(file + ": line 1: is not UTF-8 text; save the file as UTF-8", refusalReading(file));
    }

    @Test
    void utf16IsNamed() throws IOException {
        Path file = dir.resolve("utf16.yaml");
        Files.write(file, VALID.getBytes(StandardCharsets.UTF_16));
        assertEquals(file + ": is saved as UTF-16; save it as UTF-8", refusalReading(file));
    }

    @Test
    void aBinaryFile() throws IOException {
        Path file = dir.resolve("picture.yaml");
        Files.write(file, new byte[]{'a', ':', ' ', 0, 1, 2});
        assertTrue(refusalReading(file).contains("has a character YAML does not allow (U+0000)"));
    }

    @Test
    void writeThenReadGivesTheSameAnswers() {
        Path file = dir.resolve("answers.yaml");
        AnswersFile.write(file, validAnswers());
        assertEquals(validAnswers(), AnswersFile.read(file));
    }

    @Test
    void writeCreatesMissingFolders() {
        Path file = dir.resolve("a/b/answers.yaml");
        AnswersFile.write(file, validAnswers());
        assertEquals(validAnswers(), AnswersFile.read(file));
    }

    @Test
    void writeKeepsThePreviousFileAsBackup() throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), VALID);
        Answers changed = AnswersFile.parse(VALID.replace("level: 4", "level: 6"), "x");
        AnswersFile.write(file, changed);
        assertEquals(changed, AnswersFile.read(file));
        assertEquals(VALID, Files.readString(dir.resolve("answers.yaml.bak")));
        assertEquals(List.of("answers.yaml", "answers.yaml.bak"), names());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), VALID);
        Answers unreadable = new Answers("x".repeat(200), validAnswers().pain(), validAnswers().safety(),
                validAnswers().footwear(), validAnswers().abilities(), validAnswers().equipment(), 20,
                validAnswers().schedule());
        AnswersException e = assertThrows(AnswersException.class, () -> AnswersFile.write(file, unreadable));
        assertTrue(cleanMessage(e, file.toString()).contains("name: is 200 characters long"));
        assertEquals(VALID, Files.readString(file));
        assertEquals(List.of("answers.yaml"), names());
    }

    @Test
    void writingOverAFolderFails() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers.yaml"));
        AnswersException e = assertThrows(AnswersException.class, () -> AnswersFile.write(folder, validAnswers()));
        assertEquals(folder + ": is a folder; give the path of a file", cleanMessage(e, folder.toString()));
    }

    @Test
    void writingBelowAFileFailsClearly() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("answers.yaml");
        AnswersException e = assertThrows(AnswersException.class, () -> AnswersFile.write(file, validAnswers()));
        assertTrue(cleanMessage(e, file.toString()).startsWith(file + ": cannot create the folder "));
        assertEquals("x", Files.readString(notAFolder));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
