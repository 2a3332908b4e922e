package footplan.ics;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import footplan.TestRules;
import footplan.answers.Answers;
import footplan.rules.Routine;
import footplan.schedule.Session;
import footplan.schedule.SessionPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every calendar of a real plan (generated answers through the real rules and planner) validates with iCal4j,
 * reads back as the sessions that were planned, keeps every session inside its time budget, and is written the
 * same way every time.
 */
class CalendarPropertiesTest {

    /** Fewer than the rules' properties: each sample writes and reads files. */
    private static final int TRIES = 40;
    private static final Instant STAMP = Instant.parse("2026-11-23T12:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    @TempDir
    static Path dir;

    private static List<Written> samples;

    /** One sample: what went in and what came out. */
    record Written(Answers answers, List<Session> sessions, Routine routine, CalendarRequest request,
                   CalendarResult result) {
        @Override
        public String toString() {
            return answers.toString();
        }
    }

    @BeforeAll
    static void writeEverySample() {
        List<Answers> answers = Samples.of(TRIES, GeneratedAnswers.plannable());
        samples = new ArrayList<>();
        Samples.forAll(answers, a -> {
            Routine routine = TestRules.BOOK.prescribe(a);
            List<Session> sessions = SessionPlanner.plan(a.schedule()).sessions();
            Path file = dir.resolve("calendars").resolve("sample-" + samples.size() + ".ics");
            CalendarRequest request = new CalendarRequest(file, "Foot routine · " + a.name(), routine, sessions,
                    a.schedule().reminderMinutes(), false, "fp-sample-" + samples.size(), STAMP);
            samples.add(new Written(a, sessions, routine, request, CalendarWriter.write(request)));
        });
    }

    @Test
    void everyCalendarValidatesWithICal4j() {
        Samples.forAll(samples, w -> {
            var calendar = Ics.parse(w.request().file());
            var errors = calendar.validate().getEntries().stream()
                    .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR).toList();
            assertThat(errors).isEmpty();
            String text = Ics.text(w.request().file());
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(text.split("\r\n")).allSatisfy(line ->
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        });
    }

    @Test
    void readingACalendarBackGivesTheSessionsThatWerePlanned() {
        Samples.forAll(samples, w -> {
            ParsedCalendar back = ParsedCalendar.parse(w.request().file(), Ics.bytes(w.request().file()));
            List<SessionEvent> events = back.events().stream().map(ParsedCalendar.ParsedEvent::session).toList();
            assertThat(events).isEqualTo(w.result().events());
            assertThat(events).hasSameSizeAs(w.sessions());
            Map<String, Session> planned = w.sessions().stream()
                    .collect(Collectors.toMap(s -> Uids.of(back.programId(), s.week(), s.slot()), Function.identity()));
            for (SessionEvent event : events) {
                Session session = planned.get(event.uid());
                assertThat(session).as("a planned session for %s", event.uid()).isNotNull();
                assertThat(event.status()).isEqualTo(SessionEvent.Status.CONFIRMED);
                assertThat(event.start().toInstant()).isEqualTo(session.start().toInstant());
                assertThat(event.start().toLocalDateTime()).isEqualTo(session.start().toLocalDateTime());
                assertThat(List.of(event.week(), event.slot())).containsExactly(session.week(), session.slot());
            }
        });
    }

    /**
     * What an importing app reads: each event's DTSTART and DTEND, as text, are the session's time on the person's
     * clock with a TZID whose rules put it at the planned instant; the end comes after the start and shows the
     * week's minutes. Read from the text itself, not through iCal4j, whose own zone rules are wrong in places.
     */
    @Test
    void everyEventSaysThePlannedTimeOnThePersonsClock() {
        Samples.forAll(samples, w -> {
            Map<Instant, Session> planned = w.sessions().stream()
                    .collect(Collectors.toMap(s -> s.start().toInstant(), Function.identity()));
            List<ZonedDateTime> starts = times(w.request().file(), "DTSTART;TZID=");
            List<ZonedDateTime> ends = times(w.request().file(), "DTEND;TZID=");
            assertThat(starts).hasSameSizeAs(w.sessions()).hasSameSizeAs(ends);
            for (int i = 0; i < starts.size(); i++) {
                ZonedDateTime start = starts.get(i);
                ZonedDateTime end = ends.get(i);
                Session session = planned.get(start.toInstant());
                assertThat(session).as("a session at %s", start).isNotNull();
                assertThat(start.toLocalDateTime()).isEqualTo(session.start().toLocalDateTime());
                int minutes = w.routine().week(session.week()).minutes();
                assertThat(minutes).isBetween(1, w.answers().sessionMinutes());
                assertThat(end).isAfter(start);
                assertThat(end.toLocalDateTime()).isEqualTo(start.toLocalDateTime().plusMinutes(minutes));
            }
        });
    }

    /** Every {@code NAME;TZID=zone:local} line of the file, unfolded, placed with java.time's rules. */
    private static List<ZonedDateTime> times(Path file, String prefix) {
        return Ics.text(file).replace("\r\n ", "").lines().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).split(":"))
                .map(zoneAndTime -> LocalDateTime.parse(zoneAndTime[1], LOCAL).atZone(ZoneId.of(zoneAndTime[0])))
                .toList();
    }

    @Test
    void aRerunWithTheSameAnswersChangesNothing() {
        Samples.forAll(samples, w -> {
            byte[] before = bytes(w.request().file());
            CalendarRequest again = new CalendarRequest(w.request().file(), w.request().title(), w.routine(),
                    w.sessions(), w.request().reminderMinutes(), false, "fp-other", STAMP.plusSeconds(3600));

            CalendarResult rerun = CalendarWriter.write(again);

            assertThat(rerun.changes().none()).as("changes: %s", rerun.changes()).isTrue();
            assertThat(rerun.backup()).isNull();
            assertThat(bytes(w.request().file())).isEqualTo(before);
        });
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        Samples.forAll(samples.subList(0, TRIES / 3), w -> {
            Path twin = dir.resolve("twins").resolve(w.request().file().getFileName());
            CalendarWriter.write(new CalendarRequest(twin, w.request().title(), w.routine(), w.sessions(),
                    w.request().reminderMinutes(), false, w.request().newProgramId(), STAMP));

            assertThat(bytes(twin)).isEqualTo(bytes(w.request().file()));
        });
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
