package footplan.answers;

import footplan.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The answers file: YAML with the snake_case keys of the answers format (see the README), read with a
 * precise message for every mistake and written back as a commented file.
 *
 * <p>Every problem is an {@link AnswersException} whose one-line message names the file as the person gave
 * it, the key path and what is allowed, e.g.
 * {@code answers.yaml: schedule.time: "25:00" is not a time of day (HH:MM)}. Optional keys are
 * {@code name} (default empty), {@code footwear.notes} (default empty), {@code schedule.reminder_minutes}
 * (default 10) and {@code schedule.skip} (default none); an optional key left empty takes its default.
 * Skip dates outside the program are allowed and simply have no effect.
 */
public final class AnswersFile {

    /** An answers file is a few hundred bytes; anything far bigger is a mistake or an attack. */
    public static final int MAX_BYTES = YamlTree.MAX_CHARS;

    private AnswersFile() {
    }

    /**
     * Reads and checks an answers file.
     *
     * @param file the path as the person gave it; messages name it this way
     * @throws AnswersException when the file is missing, unreadable, too large, not UTF-8 text, not YAML,
     *                          or any answer is missing or not allowed
     */
    public static Answers read(Path file) {
        String label = file.toString();
        return parse(decode(readBytes(file, label), label), label);
    }

    /**
     * Checks the text of an answers file, YAML or JSON.
     *
     * @param yaml      the file's text
     * @param fileLabel how messages name the file, e.g. {@code answers.yaml}
     * @throws InvalidAnswersException for every problem: the message names the file, the key and what is allowed,
     *                                 the first problem only; {@link InvalidAnswersException#errors()} has each
     *                                 problem at its key, all of them where the reading could go on past one
     */
    public static Answers parse(String yaml, String fileLabel) {
        return AnswersTree.answers(YamlTree.parse(yaml, fileLabel), fileLabel);
    }

    /**
     * The answers as a commented answers file that {@link #parse} reads back to equal answers. Keys come in
     * the documented order and each carries a short comment on what is allowed.
     */
    public static String toYaml(Answers answers) {
        return AnswersYaml.of(answers);
    }

    /**
     * Writes the answers file atomically: the new text goes to a temporary file in the same folder, which
     * then replaces the file in one step, so a reader never sees half a file. The previous file is kept as
     * {@code <file>.bak}; missing parent folders are created. On failure the old file is left untouched.
     *
     * @throws AnswersException when the file cannot be written, with the reason
     */
    public static void write(Path file, Answers answers) {
        String label = file.toString();
        String yaml = toYaml(answers);
        // Never write a file we would refuse to read back.
        parse(yaml, label);
        try {
            AtomicFile.replace(file, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (AtomicFile.Failure e) {
            throw new AnswersException(label + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path file, String label) {
        if (Files.isDirectory(file)) {
            throw new AnswersException(label + ": is a folder, not an answers file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new AnswersException(label + ": is larger than 64 KiB; an answers file is a few hundred bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new AnswersException(label + ": no such file; run footplan questionnaire to create it,"
                    + " or give the path of an answers file", e);
        } catch (AccessDeniedException e) {
            throw new AnswersException(label + ": cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new AnswersException(label + ": cannot be read: " + AtomicFile.reason(e), e);
        }
    }

    /** Strict UTF-8: a file in another encoding is named as such rather than read as garbage. */
    static String decode(byte[] bytes, String label) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new AnswersException(label + ": is saved as UTF-16; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new AnswersException(label + ": line " + line + ": is not UTF-8 text; save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
