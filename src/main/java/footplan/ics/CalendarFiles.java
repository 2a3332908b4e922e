package footplan.ics;

import footplan.UserInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reading the previous calendar and replacing it without ever leaving a half-written file: the new content goes to
 * a temporary file in the same folder and is moved over the old one in one step, after the old one has been kept
 * as {@code <name>.bak}.
 */
final class CalendarFiles {

    private static final int MAX_TEMPORARY_ATTEMPTS = 100;

    private CalendarFiles() {
    }

    /** The previous calendar's bytes, or empty when there is none. */
    static Optional<byte[]> readPrevious(Path file) {
        if (Files.isDirectory(file)) {
            throw Problems.folder(file);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the previous calendar (" + reason(e) + ")", e);
        }
    }

    /**
     * Replaces the calendar with the given bytes, keeping the previous bytes as the backup first. Does nothing when
     * the file already holds exactly these bytes.
     *
     * @return the backup, or null when there was no previous calendar or nothing was written
     * @throws UserInputException when any step fails; the previous calendar is then unchanged
     */
    static Path replace(Path file, byte[] content, Optional<byte[]> previous) {
        if (previous.isPresent() && Arrays.equals(previous.get(), content)) {
            return null;
        }
        var outcome = previous.isPresent() ? "the previous calendar is unchanged" : "no calendar was written";
        var folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot create the folder " + folder + " (" + reason(e) + "); "
                    + outcome, e);
        }
        Path backup = null;
        if (previous.isPresent()) {
            backup = Backups.of(file);
            try {
                writeAtomically(backup, previous.get());
            } catch (IOException e) {
                throw new UserInputException(file + ": cannot keep the previous calendar as " + backup + " ("
                        + reason(e) + "); " + outcome, e);
            }
        }
        try {
            writeAtomically(file, content);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot write (" + reason(e) + "); " + outcome, e);
        }
        return backup;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        var temporary = target;
        try {
            try (var channel = createTemporary(target)) {
                temporary = channel.path();
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.channel().write(buffer);
                }
                channel.channel().force(true);
            }
            move(temporary, target);
        } catch (IOException | RuntimeException e) {
            if (!temporary.equals(target)) {
                deleteQuietly(temporary, e);
            }
            throw e;
        }
    }

    /** An open temporary file and its path. */
    private record Temporary(Path path, FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    // Files.createTempFile would make the calendar owner-only (0600); a plain new file gets the usual permissions.
    // A numbered name steps past a temporary file left by a crashed or concurrent run.
    private static Temporary createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            var name = "." + target.getFileName() + (attempt == 0 ? "" : "." + attempt) + ".tmp";
            var path = target.resolveSibling(name);
            try {
                return new Temporary(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_TEMPORARY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The operating system's words for a failure, without the path the message names already. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileAlreadyExistsException fae) {
            return fae.getFile() + " exists and is not a folder";
        }
        if (e instanceof NotDirectoryException nde) {
            return nde.getFile() + " is not a folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
