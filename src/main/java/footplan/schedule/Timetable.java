package footplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import footplan.Dates;
import footplan.answers.Schedule;

/**
 * The program's sessions on dates and times: the dates Quartz fires on, at the person's time in their zone
 * (java.time), then the sessions of skipped dates moved or left out, then notes on clock changes.
 */
final class Timetable {

    private final Schedule schedule;
    private final Program program;
    /** Keyed by the date the session takes place on. */
    private final NavigableMap<LocalDate, Session> sessions = new TreeMap<>();
    private final List<Note> notes = new ArrayList<>();

    private Timetable(Schedule schedule, Program program) {
        this.schedule = schedule;
        this.program = program;
    }

    static Timetable place(Schedule schedule, Program program) {
        Timetable timetable = new Timetable(schedule, program);
        timetable.takeQuartzFireTimes();
        timetable.moveOrDropSkippedSessions();
        timetable.noteClockChanges();
        return timetable;
    }

    List<Session> sessions() {
        return sessions.values().stream().sorted(Comparator.comparing(Session::start)).toList();
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    /** Quartz gives the dates; java.time puts the time on the person's clock, DST changes included. */
    private void takeQuartzFireTimes() {
        List<LocalDate> dates = QuartzFireTimes.between(program.chosen(), time(), program.start(), program.end(),
                schedule.skip());
        for (LocalDate date : dates) {
            if (!isPlannedSessionDate(date)) {
                throw new IllegalStateException("Quartz fired on " + date + ", which is not a session date");
            }
            add(date, date, WallClock.at(date, time(), zone()));
        }
        program.sessionDates().filter(this::isPlannedSessionDate).filter(date -> !sessions.containsKey(date))
                .findFirst().ifPresent(date -> {
                    throw new IllegalStateException("Quartz fired nothing on session date " + date);
                });
    }

    private void moveOrDropSkippedSessions() {
        program.sessionDates().filter(schedule.skip()::contains).forEach(skipped -> {
            Optional<LocalDate> target = moveTarget(skipped);
            target.ifPresent(date -> add(skipped, date, WallClock.at(date, time(), zone())));
            String fate = target.map(date -> "that session moves to " + Texts.dateNear(date, skipped) + ".")
                    .orElse("that session is left out (no other allowed day that week keeps a rest day "
                            + "between sessions).");
            notes.add(new Note(skipped, Note.SKIP, Dates.day(skipped) + " is a skipped date: " + fate));
        });
    }

    /** The nearest allowed, unchosen, unskipped day of the same program week that keeps a rest day around it. */
    private Optional<LocalDate> moveTarget(LocalDate skipped) {
        Set<DayOfWeek> allowed = schedule.days();
        return program.daysOf(program.weekOf(skipped))
                .filter(date -> allowed.contains(date.getDayOfWeek()))
                .filter(date -> !program.chosen().contains(date.getDayOfWeek()))
                .filter(date -> !schedule.skip().contains(date))
                .filter(this::keepsRestDay)
                .min(Comparator.comparingLong((LocalDate date) -> Math.abs(ChronoUnit.DAYS.between(skipped, date)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** At least one day without a session between {@code date} and the sessions before and after it. */
    private boolean keepsRestDay(LocalDate date) {
        LocalDate before = sessions.floorKey(date);
        LocalDate after = sessions.ceilingKey(date);
        return (before == null || ChronoUnit.DAYS.between(before, date) >= DayChoice.REST_GAP)
                && (after == null || ChronoUnit.DAYS.between(date, after) >= DayChoice.REST_GAP);
    }

    private void noteClockChanges() {
        sessions.keySet().forEach(date -> WallClock.note(date, time(), zone()).ifPresent(notes::add));
    }

    private boolean isPlannedSessionDate(LocalDate date) {
        return program.contains(date) && program.chosen().contains(date.getDayOfWeek())
                && !schedule.skip().contains(date);
    }

    /** A session planned for {@code planned}, taking place on {@code on}: it keeps the planned week and slot. */
    private void add(LocalDate planned, LocalDate on, ZonedDateTime start) {
        sessions.put(on, new Session(program.weekOf(planned), program.slotOf(planned), start));
    }

    private LocalTime time() {
        return schedule.time();
    }

    private ZoneId zone() {
        return schedule.zone();
    }
}
