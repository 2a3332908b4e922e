package footplan.files;

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
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;

/**
 * Replaces a file without ever leaving half of one: the new content goes to a temporary file in the same folder,
 * reaches the disk, and is moved over the old file in one step, after the old file has been kept as
 * {@code <name>.bak}. Every file footplan writes for a person (answers, check-ins, calendars) goes through here.
 */
public final class AtomicFile {

    private static final int MAX_TEMPORARY_ATTEMPTS = 100;

    private AtomicFile() {
    }

    /** Where the previous version of a file is kept: beside it, with {@code .bak} appended. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Replaces the file with the content, first keeping the file as it was as {@link #backupOf its backup}. A new
     * file gets the usual permissions; a replaced one keeps its own (an answers file someone made private stays so).
     *
     * @return the backup, or empty when there was no file before
     * @throws Failure naming the step that failed; the file is then as it was
     */
    public static Optional<Path> replace(Path file, byte[] content) throws Failure {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Failure("cannot create the folder " + folder + " (" + reason(e) + ")", e);
        }
        if (Files.isDirectory(file)) {
            throw new Failure("is a folder; give the path of a file", null);
        }
        Optional<Path> backup = Optional.empty();
        if (Files.exists(file)) {
            backup = Optional.of(backupOf(file));
            try {
                writeAtomically(backup.get(), Files.readAllBytes(file), file);
            } catch (IOException e) {
                throw new Failure("cannot keep the previous version as " + backup.get() + " (" + reason(e) + ")", e);
            }
        }
        try {
            writeAtomically(file, content, file);
        } catch (IOException e) {
            throw new Failure("cannot be written (" + reason(e) + ")", e);
        }
        return backup;
    }

    /**
     * Replaces the file with the content in one step, as {@link #replace} does, but keeps no backup: for the
     * small files footplan keeps for itself beside a person's files, which it can do without.
     *
     * @throws Failure naming the step that failed; the file is then as it was
     */
    public static void replaceWithoutBackup(Path file, byte[] content) throws Failure {
        try {
            writeAtomically(file, content, file);
        } catch (IOException e) {
            throw new Failure("cannot be written (" + reason(e) + ")", e);
        }
    }

    private static void writeAtomically(Path target, byte[] content, Path permissionsOf) throws IOException {
        Path temporary = null;
        try {
            temporary = createTemporary(target);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename, so a crash cannot leave an empty file under the real name.
                channel.force(true);
            }
            copyPermissions(permissionsOf, temporary);
            move(temporary, target);
            temporary = null;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    // Files.createTempFile would make every file owner-only (0600); a plain new file gets the usual permissions.
    // A numbered name steps past a temporary file left by a crashed or concurrent run.
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path path = target.resolveSibling("." + target.getFileName() + (attempt == 0 ? "" : "." + attempt)
                    + ".tmp");
            try {
                return Files.createFile(path);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_TEMPORARY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null && Files.exists(from)) {
            Files.setPosixFilePermissions(to, source.readAttributes().permissions());
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The operating system's words for a failure, without Java class names or the path a message names already. */
    public static String reason(IOException e) {
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
        return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : e.getMessage().strip();
    }

    /** A replacement that did not happen; the message says which step failed and why, in plain words. */
    public static final class Failure extends Exception {
        Failure(String message, IOException cause) {
            super(message, cause);
        }
    }
}
