package footplan.ics;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UID of a session: {@code <program>-w<week, 2 digits>-s<session number>@footplan}, e.g.
 * {@code fp-20261120-w02-s1@footplan} for week 2, slot 0. It depends on nothing but the program and the session,
 * so a rerun finds the same event again.
 */
final class Uids {

    private static final Pattern UID =
            Pattern.compile("(?<program>.+)-w(?<week>\\d{2,3})-s(?<session>\\d{1,2})@footplan");

    /** Week and slot of a parsed UID. */
    record Key(int week, int slot) {
    }

    /** The program, week and slot of a UID of any program. */
    record Parsed(String programId, Key key) {
    }

    private Uids() {
    }

    static String of(String programId, int week, int slot) {
        // Not String.format: under an Arabic or Persian locale its digits are not ASCII ones.
        return programId + "-w" + (week < 10 ? "0" : "") + week + "-s" + (slot + 1) + "@footplan";
    }

    /** The week and slot of a UID of the given program, or empty when the UID is not one of its sessions. */
    static Optional<Key> parse(String programId, String uid) {
        return parse(uid).filter(parsed -> parsed.programId().equals(programId)).map(Parsed::key);
    }

    /** The program, week and slot of a UID footplan writes, whatever its program, or empty when it is not one. */
    static Optional<Parsed> parse(String uid) {
        var matcher = UID.matcher(uid);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var programId = matcher.group("program");
        int week = Integer.parseInt(matcher.group("week"));
        int session = Integer.parseInt(matcher.group("session"));
        if (week < 1 || session < 1 || !CalendarRequest.PROGRAM_ID.matcher(programId).matches()
                || !uid.equals(of(programId, week, session - 1))) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(programId, new Key(week, session - 1)));
    }
}
