package footplan.ics;

import footplan.UserInputException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One footplan run at a time per calendar: held from reading the previous calendar to writing the new one, so two
 * runs on the same file never both update the same previous version (and one run's changes are never lost).
 *
 * <p>The lock is an operating-system lock on the hidden file {@code .<name>.lock} next to the calendar, so it is
 * released when its holder ends, even by a crash, and the next run simply locks the same file again. The file is
 * kept: deleting it on release would let a run that opened it just before lock a file no longer in the folder,
 * while a third run locks a new one (and Java cannot check which file an open channel is, without opening the
 * path again, which on Linux drops the process's lock).
 */
public final class CalendarLock implements AutoCloseable {

    /** How long a run waits for another run on the same calendar: a run holds the lock for well under a second. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final long RETRY_MILLIS = 25;

    private final FileChannel channel;
    private final FileLock lock;

    private CalendarLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a calendar: {@code calendars/.alex.ics.lock} for {@code calendars/alex.ics}. */
    static Path of(Path calendar) {
        return calendar.resolveSibling("." + calendar.getFileName() + ".lock");
    }

    /**
     * Takes the lock of a calendar, creating its folder if needed, waiting up to {@code wait} for another run.
     *
     * @throws UserInputException when another run still holds it after the wait, or the folder cannot be written
     */
    static CalendarLock acquire(Path calendar, Duration wait) {
        return acquire(calendar, of(calendar), wait);
    }

    /**
     * One sync at a time per calendar: the lock {@code .<name>.sync.lock}, separate from the calendar's own, so a
     * sync (many requests, each up to its timeout) never keeps {@code plan} waiting, and two syncs never both make
     * the collection or both write the record of what footplan put on the server.
     *
     * @throws UserInputException when another sync still holds it after the wait
     */
    public static CalendarLock forSync(Path calendar, Duration wait) {
        return acquire(calendar, calendar.resolveSibling("." + calendar.getFileName() + ".sync.lock"), wait);
    }

    /**
     * One change at a time to a person's answers and check-ins, from the terminal or the web page: held from
     * writing them to writing the plan they give, so two saves never interleave their answers and calendars.
     * The lock file is {@code .<name>.lock} beside the answers file; a calendar's own lock is taken inside it.
     *
     * @throws UserInputException when another run still holds it after a few seconds
     */
    public static CalendarLock forAnswers(Path answers) {
        return acquire(answers, of(answers), WAIT);
    }

    private static CalendarLock acquire(Path calendar, Path path, Duration wait) {
        createFolder(calendar, path);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            var held = tryAcquire(calendar, path);
            if (held != null) {
                return held;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new UserInputException(calendar + ": another footplan run is updating this calendar; try again"
                        + " when it has finished (nothing was changed)");
            }
            pause();
        }
    }

    private static CalendarLock tryAcquire(Path calendar, Path path) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return new CalendarLock(channel, lock);
            }
            channel.close();
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserInputException(calendar + ": cannot write in " + path.toAbsolutePath().getParent() + " ("
                    + CalendarFiles.reason(e) + "); nothing was changed", e);
        }
    }

    /** Null when another process, or another run in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Lets the next run in. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }

    private static void createFolder(Path calendar, Path path) {
        var folder = path.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserInputException(calendar + ": cannot create the folder " + folder + " ("
                    + CalendarFiles.reason(e) + "); no calendar was written", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the calendar lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }
}
