package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.plan.Stamps;
import footplan.rules.RuleBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real footplan server on a free port of 127.0.0.1, serving a folder of its own that holds copies of
 * {@code examples/*.yaml}, with the rules of {@code rules/} and the clock and program id of the CLI's tests, so
 * that a page or an API answer is the same at every run. Requests go through the JDK's client, or through a raw
 * socket for what a client will not send (a Host header of another site, a lying Content-Length).
 *
 * <p>As a JUnit extension ({@code @RegisterExtension}) it serves a new folder for each test, or one for the whole
 * class when the field is static; {@link #start()} serves one until {@link #close()}.
 */
final class WebFixture implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    /** The rules, loaded once for every web test: loading them takes seconds. */
    static final RuleBook RULES = RuleBook.fromFolder(Path.of("rules"));

    /** The command line's tests' clock, so that the server's plans and the CLI's can be compared. */
    static final Instant NOW = footplan.cli.Cli.NOW;

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final String PROGRAM_ID = "test-program";

    static final Stamps STAMPS = new Stamps(Clock.fixed(NOW, ZONE), () -> PROGRAM_ID);

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private Path dir;
    private WebServer server;
    private boolean perClass;

    /** Serves a new folder of copies of the examples (answers and check-ins) until {@link #close()}. */
    static WebFixture start() {
        WebFixture web = new WebFixture();
        web.serve();
        return web;
    }

    private void serve() {
        try {
            dir = Files.createTempDirectory("footplan-webfixture-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyExamples(dir, true);
        var settings = new WebServer.Settings(dir, InetAddress.getLoopbackAddress(), 0, RULES, STAMPS);
        server = WebServer.start(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        serve();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            serve();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The example answers files, by path, sorted. */
    static List<Path> examples() {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".checkins.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code examples/*.yaml} into {@code dir}; the check-ins files too unless {@code withCheckIns} is not. */
    static void copyExamples(Path dir, boolean withCheckIns) {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                if (withCheckIns || !file.toString().endsWith(".checkins.yaml")) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    int port() {
        return server.address().getPort();
    }

    URI uri(String path) {
        return server.address().resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form, its fields URL-encoded. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return post(path, "application/x-www-form-urlencoded", body.toString());
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The form token of this server, as the plan page of {@code stem} carries it in its hidden field. */
    String token(String stem) {
        HttpResponse<String> page = get("/plan/" + stem);
        assertThat(page.statusCode()).as("GET /plan/%s", stem).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the plan page of %s has a hidden csrf field", stem).isTrue();
        return m.group(1);
    }

    /** Saves the plan of {@code stem} as the page's own form does, so that its calendar is written. */
    HttpResponse<String> save(String stem) {
        return postForm("/plan/" + stem, Map.of("csrf", token(stem)));
    }

    /** The Host header a browser sends for this server. */
    String host() {
        return "127.0.0.1:" + port();
    }

    /**
     * Sends {@code head} (request line and headers, each line ending in CRLF, without the empty line that ends
     * them) and then {@code body} as they are, over a socket of its own, and reads the answer to the end. The
     * request should say {@code Connection: close}, or the read waits for the server's idle timeout.
     */
    Raw raw(String head, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer (413) and close before it has read all of a body it refuses
            }
            return Raw.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code target} (sent as it is, not normalised) with {@code Host: host}. */
    Raw rawGet(String target, String host) {
        String hostLine = host == null ? "" : "Host: " + host + "\r\n";
        return raw("GET " + target + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n", new byte[0]);
    }

    /** A GET of {@code target} with this server's own Host header. */
    Raw rawGet(String target) {
        return rawGet(target, host());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (bytes.size() == 0) {
                throw e;
            }
            // a reset after the answer: what came before it is the answer
        }
        return bytes.toByteArray();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stops serving and removes the folder with all the test wrote in it. */
    @Override
    public void close() {
        server.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer as it came over the socket: its status, headers (names in lower case) and body, de-chunked. */
    record Raw(int status, Map<String, String> headers, String body) {

        static Raw parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer:\n%s", text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Raw(status, headers,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }
}
