package footplan.questionnaire;

import footplan.answers.BadValue;
import footplan.answers.Values;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a first run suggests where there are no earlier answers, the same in the terminal and on the web. The
 * safety questions, the pain, the shoes and what the person can do or has are never suggested: only they know.
 */
final class Suggestions {

    static final int SESSION_MINUTES = 20;
    static final int SESSIONS = 3;
    static final LocalTime TIME = LocalTime.of(7, 30);
    static final int WEEKS = 6;

    private Suggestions() {
    }

    /** Days with a rest day between sessions. */
    static Set<DayOfWeek> days(int sessions) {
        return sessions == 2 ? EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)
                : EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    /** A zone the answers file can hold: IANA ids only, so a bare UTC offset becomes Etc/UTC or no suggestion. */
    static Optional<ZoneId> zone(ZoneId zone) {
        try {
            return Optional.of(Values.zone(zone.getId()));
        } catch (BadValue e) {
            return zone.normalized().equals(ZoneOffset.UTC) ? Optional.of(ZoneId.of("Etc/UTC")) : Optional.empty();
        }
    }
}
