package footplan.sync;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Radicale CalDAV server for a test class: {@code python3 -m radicale} on a free loopback port, with its
 * own storage folder and a plain htpasswd file of one user. Register it with {@code @RegisterExtension static}.
 * Without the radicale module the tests fail under CI ({@code CI=true}) and are skipped elsewhere.
 */
public final class Radicale implements BeforeAllCallback, AfterAllCallback {

    public static final String USER = "alex";
    public static final String PASSWORD = "s3cret-Password-42";

    private Process process;
    private Path folder;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        var python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        if (!hasRadicale(python)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the sync tests need Radicale: apt-get install radicale (python3 -c 'import radicale' fails)");
            }
            Assumptions.abort("Radicale is not installed (apt-get install radicale); sync tests skipped");
        }
        start(python);
    }

    private static boolean hasRadicale(String python) {
        try {
            var check = new ProcessBuilder(python, "-c", "import radicale").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the server (again, after {@link #stop}) on a free port, keeping the storage of an earlier start. */
    public void start(String python) throws Exception {
        if (folder == null) {
            folder = Files.createTempDirectory("footplan-radicale-");
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + folder.resolve("users"),
                "htpasswd_encryption = plain", "delay = 0",
                "[rights]", "type = owner_only",
                "[storage]", "filesystem_folder = " + folder.resolve("collections"),
                "[logging]", "level = warning", ""), StandardCharsets.UTF_8);
        process = new ProcessBuilder(python, "-m", "radicale", "--config", folder.resolve("config").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Radicale stopped: " + Files.readString(folder.resolve("log")));
            }
            try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("Radicale did not answer within 20 seconds");
    }

    public void start() throws Exception {
        start(Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    public String url(String calendar) {
        return "http://127.0.0.1:" + port + "/" + USER + "/" + calendar + "/";
    }

    /** A request to the server as the user, for tests that look or change things there as the person would. */
    public HttpResponse<String> send(String method, String url, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
