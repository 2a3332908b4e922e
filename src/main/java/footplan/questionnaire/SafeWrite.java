package footplan.questionnaire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Replaces a file in one step, keeping the previous version as {@code <file>.bak}. */
final class SafeWrite {

    private SafeWrite() {
    }

    static void replace(Path file, String label, byte[] content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new AnswersException(label + ": is a folder; give the path of a file");
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            writeFully(temp, content);
            if (Files.exists(target)) {
                keepBackup(target, folder);
            }
            move(temp, target);
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new AnswersException(label + ": cannot be written: " + e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new AnswersException(label + ": cannot be written: " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The backup is itself replaced in one step, so it is never half a file either. */
    private static void keepBackup(Path target, Path folder) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path temp = Files.createTempFile(folder, "." + backup.getFileName() + ".", ".tmp");
        try {
            Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, backup);
            temp = null;
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeFully(Path path, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // On disk before the rename, so a crash cannot leave an empty file under the real name.
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The temporary file is hidden and harmless; the error that matters is already being reported.
        }
    }

    /** An I/O failure in plain words, without Java class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + ((AccessDeniedException) e).getFile() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (" + ((NoSuchFileException) e).getFile() + ")";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message.strip();
    }
}
