package footplan.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server that accepts the connection and never answers: the request times out into a {@link ServerException}. */
class CalDavTimeoutTest {

    @Test
    void aServerThatNeverAnswersIsAServerErrorNamingTheAddressAfterTheTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (var socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            var acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(socket.accept()); // accept, read nothing, answer nothing
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            var url = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/alex/footplan/");
            var account = new Account(url, Optional.of("alex"), Optional.of("hang-Password-55"));
            var dav = new CalDav(account, Duration.ofSeconds(2), Duration.ofMillis(500), null);

            long start = System.nanoTime();
            assertThatThrownBy(dav::isCalendar).isInstanceOf(ServerException.class)
                    .hasMessageContaining(url.toString()).hasMessageContaining("no answer to PROPFIND")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hang-Password-55"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            for (var s : held) {
                s.close();
            }
        }
    }
}
