package footplan.ics;

import java.nio.file.Path;

/**
 * Another process that holds a calendar's lock, for {@link CalendarLockTest}: it takes the lock, says "locked" on
 * standard output and keeps it until it is killed or its standard input closes.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (var lock = CalendarLock.acquire(Path.of(args[0]), CalendarLock.WAIT)) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Keep the lock until told to stop.
            }
        }
    }
}
