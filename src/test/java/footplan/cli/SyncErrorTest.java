package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code footplan sync} against servers that fail: a tiny HTTP server on loopback answers every request with one
 * status. Each failure is exit code 4 and one line naming the address and what went wrong, without a stack trace
 * or the password. (A server that never answers is in {@code footplan.sync.CalDavTimeoutTest}, where the timeout
 * can be shortened.) Also an address refused before any lookup: exit code 2.
 */
class SyncErrorTest {

    private static final String PASSWORD = "err-Password-7731";

    @TempDir
    Path temp;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alex/footplan/";
    }

    private Cli.Result sync(String url) throws IOException {
        Path answers = temp.resolve("knee-runner.yaml");
        Files.copy(Path.of("examples/knee-runner.yaml"), answers);
        Path password = temp.resolve("password");
        Files.writeString(password, PASSWORD + "\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        return Cli.run("sync", "--answers", answers.toString(), "--calendar",
                temp.resolve("calendars").resolve("knee.ics").toString(), "--url", url, "--user", "alex",
                "--password-file", password.toString());
    }

    private static void assertOneLineNaming(Cli.Result result, String url, String... words) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        var lines = Arrays.stream(result.err().split("\\R")).filter(line -> line.contains(url)).toList();
        assertThat(lines).as(result.toString()).hasSize(1);
        assertThat(lines.get(0)).contains(words);
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
        assertThat(result.toString()).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @CsvSource({
        "403, HTTP 403, no permission",
        "500, HTTP 500, the server failed",
        "503, HTTP 503, the server failed",
    })
    void aRefusingOrFailingServerExitsWith4(int status, String shown, String why) throws Exception {
        String url = serve(status, "text/plain", "no");

        assertOneLineNaming(sync(url), url, shown, why);
    }

    @Test
    void aPlainWebServerAnsweringPropfindWith200ExitsWith4() throws Exception {
        String url = serve(200, "text/html", "<html><body>Welcome</body></html>");

        assertOneLineNaming(sync(url), url, "HTTP 200", "not the answer of a CalDAV server");
    }

    @Test
    void aServerThatClosesWithoutAnsweringExitsWith4() throws Exception {
        try (var socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            var closer = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        socket.accept().close();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            closer.setDaemon(true);
            closer.start();
            String url = "http://127.0.0.1:" + socket.getLocalPort() + "/alex/footplan/";

            Cli.Result result = sync(url);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            assertThat(result.err()).contains(url).doesNotContain("\tat ", PASSWORD);
        }
    }

    /**
     * 9999999999 is a host to java.net.URI but no IPv4 address: InetAddress takes it for a name and asks the
     * resolver, which here (a hosts file for the child JVM) says 127.0.0.1. Plain http to it is still refused, with
     * nothing looked up or planned: what a resolver says once need not be where HttpClient connects next.
     */
    @Test
    void plainHttpToANumericNameTheResolverCallsLoopbackIsRefusedBeforeAnyLookup() throws Exception {
        Path hosts = temp.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1 9999999999\n");
        Path answers = Files.copy(Path.of("examples/knee-runner.yaml"), temp.resolve("knee-runner.yaml"));
        Path calendar = temp.resolve("calendars").resolve("knee.ics");
        String url = "http://9999999999:9/alex/footplan/";
        var run = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Djdk.net.hosts.file=" + hosts, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sync", "--answers", answers.toString(), "--calendar", calendar.toString(), "--url", url, "--user",
                "alex").redirectErrorStream(true);
        run.environment().put(SyncCommand.PASSWORD_VARIABLE, PASSWORD);
        Process process = run.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.destroyForcibly();

        assertThat(finished).as("finished").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("--url " + url, "use https").doesNotContain(PASSWORD, "\tat ");
        assertThat(Files.exists(calendar)).as("refused before planning").isFalse();
    }
}
