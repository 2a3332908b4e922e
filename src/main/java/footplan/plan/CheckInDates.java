package footplan.plan;

import footplan.answers.CheckIns;
import footplan.schedule.Session;
import footplan.schedule.SessionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which sessions a person can check in for: only those that have begun, the latest without a check-in first. */
public final class CheckInDates {

    private CheckInDates() {
    }

    /** The starts of the sessions that have begun by {@code now}, latest first. */
    public static List<ZonedDateTime> begun(SessionPlan sessions, Instant now) {
        return sessions.sessions().stream().map(Session::start).filter(s -> s.toInstant().isBefore(now))
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The date of the latest session begun by {@code now} that has no check-in; empty when there is none. */
    public static Optional<LocalDate> latestWithout(SessionPlan sessions, Instant now, CheckIns checkIns) {
        return begun(sessions, now).stream().map(ZonedDateTime::toLocalDate).filter(d -> checkIns.on(d).isEmpty())
                .findFirst();
    }

    /** The first session of the program, if it has one. */
    public static Optional<ZonedDateTime> first(SessionPlan sessions) {
        return sessions.sessions().stream().map(Session::start).min(Comparator.naturalOrder());
    }
}
