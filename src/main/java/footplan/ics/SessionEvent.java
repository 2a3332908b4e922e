package footplan.ics;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One event of a footplan calendar, as written to (or read from) the file.
 *
 * @param uid      stable identity of the session across reruns, {@code <program>-w<week>-s<session>@footplan}
 * @param sequence revision number; raised each time the session changes
 * @param status   whether the session still takes place
 * @param week     1-based program week
 * @param slot     0-based position of the session within its week (the summary shows {@code slot + 1})
 * @param start    local start, in the session's zone
 * @param end      local end, in the session's zone
 */
public record SessionEvent(String uid, int sequence, Status status, int week, int slot, ZonedDateTime start,
                           ZonedDateTime end) {

    /** The event statuses footplan writes. */
    public enum Status {
        CONFIRMED, CANCELLED
    }

    public SessionEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }
}
