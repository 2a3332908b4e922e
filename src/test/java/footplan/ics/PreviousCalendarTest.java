package footplan.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the previous calendar ahead of writing gives exactly what writing in one step gives. */
class PreviousCalendarTest {

    @TempDir
    Path temp;

    @Test
    void aRerunWithThePreviousCalendarReadAheadWritesTheSameBytes() throws IOException {
        Path ahead = temp.resolve("ahead.ics");
        Path direct = temp.resolve("direct.ics");
        CalendarWriter.write(Fixtures.request(ahead, Fixtures.routine(3), Fixtures.sessions(3)));
        CalendarWriter.write(Fixtures.request(direct, Fixtures.routine(3), Fixtures.sessions(3)));
        CalendarRequest aheadRerun = Fixtures.rerun(Fixtures.request(ahead, Fixtures.routine(2), Fixtures.sessions(2)),
                Fixtures.routine(2), Fixtures.sessions(2));
        CalendarRequest directRerun = Fixtures.rerun(Fixtures.request(direct, Fixtures.routine(2),
                Fixtures.sessions(2)), Fixtures.routine(2), Fixtures.sessions(2));

        CalendarResult viaAhead = CalendarWriter.write(aheadRerun, PreviousCalendar.read(ahead, false));
        CalendarResult viaDirect = CalendarWriter.write(directRerun);

        assertThat(Files.readString(ahead)).isEqualTo(Files.readString(direct)).contains("STATUS:CANCELLED");
        assertThat(viaAhead.changes()).isEqualTo(viaDirect.changes());
    }

    @Test
    void aPreviousCalendarReadForAnotherFileIsRefused() {
        CalendarRequest request = Fixtures.request(temp.resolve("a.ics"), Fixtures.routine(1), Fixtures.sessions(1));

        assertThatThrownBy(() -> CalendarWriter.write(request, PreviousCalendar.read(temp.resolve("b.ics"), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b.ics");
        assertThat(temp.resolve("a.ics")).doesNotExist();
    }
}
