package footplan.ics;

import static footplan.ics.Fixtures.SECOND_STAMP;
import static footplan.ics.Fixtures.request;
import static footplan.ics.Fixtures.routine;
import static footplan.ics.Fixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import footplan.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the same calendar take turns; one that cannot get its turn gives up clearly and changes nothing. */
class CalendarLockTest {

    private static final Duration SHORT_WAIT = Duration.ofMillis(300);
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path written() {
        var file = dir.resolve("calendars").resolve("alex.ics");
        CalendarWriter.write(request(file, routine(2), sessions(2)));
        return file;
    }

    private static CalendarRequest update(Path file) {
        return new CalendarRequest(file, "Foot routine – Alex", routine(3), sessions(3), 10, false, "fp-new",
                SECOND_STAMP);
    }

    @Test
    void aSecondRunWaitsForTheFirstToFinishAndThenUpdatesWhatItWrote() throws Exception {
        var file = written();
        var locked = new CountDownLatch(1);
        var released = new AtomicBoolean();
        var first = new Thread(() -> {
            try (var lock = CalendarLock.acquire(file, CalendarLock.WAIT)) {
                locked.countDown();
                Thread.sleep(300);
                released.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.start();
        locked.await();

        var result = CalendarWriter.write(update(file));

        assertThat(released).as("the second run only went ahead once the first had finished").isTrue();
        assertThat(result.events()).hasSize(6);
        assertThat(Ics.sessions(file)).isEqualTo(result.events());
        first.join();
        assertThat(names(file.getParent())).containsExactly(".alex.ics.lock", ".alex.ics.sequences", "alex.ics",
                "alex.ics.bak");
    }

    @Test
    void aRunThatCannotGetItsTurnGivesUpClearlyAndChangesNothing() throws IOException {
        var file = written();
        var before = Files.readAllBytes(file);

        try (var other = CalendarLock.acquire(file, CalendarLock.WAIT)) {
            assertThatThrownBy(() -> CalendarWriter.write(update(file), SHORT_WAIT))
                    .isInstanceOf(UserInputException.class)
                    .hasMessage(file + ": another footplan run is updating this calendar; try again when it has"
                            + " finished (nothing was changed)");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(file.getParent())).containsExactly(".alex.ics.lock", ".alex.ics.sequences", "alex.ics");
    }

    @Test
    void theLockIsLetGoWhenAWriteFails() throws IOException {
        var file = dir.resolve("alex.ics");
        Files.writeString(file, "not a calendar");

        assertThatThrownBy(() -> CalendarWriter.write(update(file))).isInstanceOf(UserInputException.class);

        try (var next = CalendarLock.acquire(file, Duration.ZERO)) {
            assertThat(next).isNotNull();
        }
        assertThat(Files.readString(file)).isEqualTo("not a calendar");
    }

    @Test
    void aLockFileLeftBehindWithNoRunHoldingItIsTakenOver() throws IOException {
        var file = written();
        Files.writeString(CalendarLock.of(file), "left by a run that was killed");

        CalendarWriter.write(update(file), Duration.ZERO);

        assertThat(names(file.getParent())).containsExactly(".alex.ics.lock", ".alex.ics.sequences", "alex.ics",
                "alex.ics.bak");
    }

    /**
     * Another process: while it holds the lock no run gets in; once it is killed (so it never let go itself) the
     * next run goes ahead.
     */
    @Test
    void anotherProcessHoldingTheLockKeepsRunsOutUntilItIsKilled() throws Exception {
        var file = written();
        var before = Files.readAllBytes(file);
        var java = ProcessHandle.current().info().command().orElse("java");
        var holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            var said = assertTimeoutPreemptively(HANG_GUARD, () -> new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine());
            assertThat(said).isEqualTo("locked");

            assertThatThrownBy(() -> CalendarWriter.write(update(file), SHORT_WAIT))
                    .hasMessageContaining("another footplan run is updating this calendar");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }

        var result = CalendarWriter.write(update(file), HANG_GUARD);

        assertThat(result.events()).hasSize(6);
        assertThat(names(file.getParent())).containsExactly(".alex.ics.lock", ".alex.ics.sequences", "alex.ics",
                "alex.ics.bak");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
