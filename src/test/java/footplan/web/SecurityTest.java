package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What keeps a server on someone's own computer theirs: it answers only to its own names, posts only forms of its
 * own pages, shows every value as text, tells the browser to run nothing else, reads no large bodies and serves no
 * file but those it made.
 */
class SecurityTest {

    @RegisterExtension
    final WebFixture web = new WebFixture();

    private Path kneeRunnerCalendar() {
        return web.dir().resolve("calendars").resolve("knee-runner.ics");
    }

    /** DNS rebinding: another site's page that reaches the server under that site's name reads nothing. */
    @Nested
    class HostHeader {

        @ParameterizedTest
        @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "LocalHost:PORT", "localhost"})
        void ownNamesAreServed(String host) {
            WebFixture.Raw answer = web.rawGet("/", host.replace("PORT", String.valueOf(web.port())));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.body()).contains("knee-runner");
        }

        @ParameterizedTest
        @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost.evil.example:PORT",
                "127.0.0.1.nip.io:PORT", "127.0.0.2:PORT"})
        void otherNamesAreRefused(String host) {
            for (String path : new String[] {"/", "/plan/knee-runner", "/api/exercises", "/handout/knee-runner"}) {
                WebFixture.Raw answer = web.rawGet(path, host.replace("PORT", String.valueOf(web.port())));

                assertThat(answer.status()).as("%s with Host: %s\n%s", path, host, answer).isEqualTo(421);
                assertNoContent(answer);
            }
        }

        @Test
        void aMissingHostIsRefused() {
            // HTTP/1.1 requires Host, and Jetty refuses the request itself; HTTP/1.0 has none, and Guard refuses it
            WebFixture.Raw http11 = web.rawGet("/", null);
            WebFixture.Raw http10 = web.raw("GET / HTTP/1.0\r\n", new byte[0]);

            assertThat(http11.status()).as(http11.toString()).isEqualTo(400);
            assertNoContent(http11);
            assertThat(http10.status()).as(http10.toString()).isEqualTo(421);
            assertNoContent(http10);
        }

        @Test
        void anotherSiteCannotPostEvenWithTheToken() {
            String body = "csrf=" + web.token("knee-runner");

            WebFixture.Raw answer = web.raw("POST /plan/knee-runner HTTP/1.1\r\nHost: evil.example:" + web.port()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n", body.getBytes(StandardCharsets.US_ASCII));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(421);
            assertThat(kneeRunnerCalendar()).doesNotExist();
        }

        @Test
        void markupInTheHostHeaderIsNeverShown() {
            WebFixture.Raw answer = web.rawGet("/plan/knee-runner",
                    "localhost:1\"><script>alert(1)</script>");

            assertThat(answer.body()).doesNotContain("<script>");
        }

        private static void assertNoContent(WebFixture.Raw answer) {
            assertThat(answer.body()).doesNotContain("knee-runner", "Knee runner", "heel-raises", "Heel raises");
        }
    }

    /** Another site's page can make the browser post a form here, but not with this server's token. */
    @Nested
    class Csrf {

        @Test
        void aPostWithoutTheTokenIsRefused() {
            HttpResponse<String> answer = web.postForm("/plan/knee-runner", Map.of());

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(kneeRunnerCalendar()).doesNotExist();
        }

        @Test
        void aPostWithAWrongTokenIsRefused() {
            String token = web.token("knee-runner");
            String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

            for (String sent : new String[] {wrong, "", token.substring(1), token + "A"}) {
                HttpResponse<String> answer = web.postForm("/plan/knee-runner", Map.of("csrf", sent));

                assertThat(answer.statusCode()).as("token %s", sent).isEqualTo(403);
            }
            assertThat(kneeRunnerCalendar()).doesNotExist();
        }

        @Test
        void theTokenOfAnotherServerIsRefused() {
            String token;
            try (WebFixture previous = WebFixture.start()) {
                token = previous.token("knee-runner");
            }

            HttpResponse<String> answer = web.postForm("/plan/knee-runner", Map.of("csrf", token));

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(kneeRunnerCalendar()).doesNotExist();
        }

        @Test
        void theTokenOfThePageWritesTheCalendar() {
            HttpResponse<String> answer = web.postForm("/plan/knee-runner",
                    Map.of("csrf", web.token("knee-runner")));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(kneeRunnerCalendar()).isRegularFile();
        }
    }

    /** Whatever a person or a request puts in, a page shows it as text. */
    @Nested
    class Escaping {

        private static final String SCRIPT = "<script>alert(1)</script>";

        @BeforeEach
        void answersNamedScript() throws IOException {
            String answers = Files.readString(Path.of("examples/knee-runner.yaml"));
            String named = answers.replace("name: \"Knee runner\"", "name: \"" + SCRIPT + "\"");
            assertThat(named).isNotEqualTo(answers);
            Files.writeString(web.dir().resolve("script.yaml"), named);
            // a file whose very name is markup (no slash, so Linux allows it)
            Files.writeString(web.dir().resolve("<img src=x onerror=alert(2)>.yaml"), answers);
        }

        @Test
        void thePlanPageShowsTheNameAsText() {
            HttpResponse<String> page = web.get("/plan/script");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }

        @Test
        void theSavedPlanAndTheHandoutShowTheNameAsText() {
            HttpResponse<String> saved = web.save("script");
            HttpResponse<String> handout = web.get("/handout/script");

            for (HttpResponse<String> page : Arrays.asList(saved, handout)) {
                assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
                assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
            }
        }

        @Test
        void theIndexShowsNoMarkup() {
            HttpResponse<String> index = web.get("/");

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("/plan/script").doesNotContain(SCRIPT, "<img src=x");
        }

        @Test
        void markupInTheAddressIsShownAsText() {
            HttpResponse<String> page = web.get("/plan/%3Cimg%20src=x%20onerror=alert(3)%3E");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("&lt;img src=x onerror=alert(3)&gt;").doesNotContain("<img src=x");
        }
    }

    /** Every answer tells the browser to load nothing from elsewhere, not to guess types, and to send no referrer. */
    @Nested
    class Headers {

        @Test
        void everyAnswerCarriesTheSecurityHeaders() {
            web.save("knee-runner");
            String answers = examplesKneeRunner();

            assertHeaders(web.get("/"));
            assertHeaders(web.get("/plan/knee-runner"));
            assertHeaders(web.get("/handout/knee-runner"));
            assertHeaders(web.get("/style.css"));
            assertHeaders(web.get("/pictures/heel-raises.svg"));
            assertHeaders(web.get("/calendars/knee-runner.ics"));
            assertHeaders(web.get("/api/exercises"));
            assertHeaders(web.post("/api/plan", "application/yaml", answers));
            assertHeaders(web.post("/api/plan", "application/yaml", "pain: {level: 11}"));
            assertHeaders(web.get("/no/such/page"));
            assertHeaders(web.get("/plan/nobody"));
            assertHeaders(web.get("/calendars/nobody.ics"));
            assertHeaders(web.postForm("/plan/knee-runner", Map.of("csrf", "wrong")));
            assertHeaders(web.raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n", new byte[0]));
            assertHeaders(web.raw("POST /api/plan HTTP/1.1\r\nHost: " + web.host() + "\r\nContent-Length: 70000"
                    + "\r\nConnection: close\r\n", new byte[0]));
            assertHeaders(web.raw(chunkedPost("/api/plan", "application/yaml"),
                    chunked(new byte[Guard.MAX_BODY_BYTES + 1])));
        }

        private void assertHeaders(HttpResponse<String> answer) {
            String what = answer.request().method() + " " + answer.uri().getPath() + " → " + answer.statusCode();
            var headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        }

        private void assertHeaders(WebFixture.Raw answer) {
            String what = answer.status() + " " + answer.headers();
            assertThat(answer.header("Content-Security-Policy")).as(what).contains("default-src 'self'");
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
        }
    }

    /** An answers file is a few KiB: a body over 64 KiB is refused however it is sent, and never read whole. */
    @Nested
    class BodyLimit {

        @Test
        void aBodyOverTheLimitWithItsLengthIsRefused() {
            byte[] body = new byte[Guard.MAX_BODY_BYTES + 1];

            WebFixture.Raw answer = web.raw(post("/api/plan", "application/yaml", body.length), body);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        }

        @Test
        void aLengthOverTheLimitIsRefusedBeforeTheBodyComes() {
            // the server must not wait for a megabyte that never comes: the header alone is enough
            WebFixture.Raw answer = web.raw(post("/api/plan", "application/yaml", 1 << 20), new byte[10]);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        }

        @Test
        void aChunkedBodyOverTheLimitIsRefused() {
            WebFixture.Raw answer = web.raw(chunkedPost("/api/plan", "application/yaml"),
                    chunked(new byte[Guard.MAX_BODY_BYTES + 1]));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        }

        @ParameterizedTest
        @CsvSource({"65536, 200", "65537, 413"})
        void theLimitIsTheSameHoweverAnswersAreSent(int size, int status) {
            assertThat(size - Guard.MAX_BODY_BYTES).isIn(0, 1);
            byte[] body = paddedTo(size);

            WebFixture.Raw sized = web.raw(post("/api/plan", "application/yaml", body.length), body);
            WebFixture.Raw chunked = web.raw(chunkedPost("/api/plan", "application/yaml"), chunked(body));

            assertThat(sized.status()).as(sized.toString()).isEqualTo(status);
            assertThat(chunked.status()).as(chunked.toString()).isEqualTo(status);
        }

        @Test
        void aChunkedFormOverTheLimitIsRefused() {
            byte[] form = ("csrf=" + web.token("knee-runner") + "&x=" + "a".repeat(Guard.MAX_BODY_BYTES))
                    .getBytes(StandardCharsets.US_ASCII);

            WebFixture.Raw answer = web.raw(chunkedPost("/plan/knee-runner", "application/x-www-form-urlencoded"),
                    chunked(form));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
            assertThat(kneeRunnerCalendar()).doesNotExist();
        }

        @Test
        void aMultipartFormIsRefusedUnreadWhateverItsSize() {
            // Jetty parses multipart itself, past maxRequestSize, spilling file parts to disk: footplan reads none
            for (int size : new int[] {10, 4 * Guard.MAX_BODY_BYTES}) {
                String boundary = "footplanboundary";
                String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                        + web.token("knee-runner") + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n" + "a".repeat(size) + "\r\n--" + boundary
                        + "--\r\n";
                byte[] body = chunked(form.getBytes(StandardCharsets.US_ASCII));

                WebFixture.Raw answer = web.raw(chunkedPost("/plan/knee-runner",
                        "multipart/form-data; boundary=" + boundary), body);

                assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
                assertThat(kneeRunnerCalendar()).doesNotExist();
            }
        }

        /** The knee runner's answers, with a comment that makes them exactly {@code size} bytes. */
        private static byte[] paddedTo(int size) {
            byte[] answers = examplesKneeRunner().getBytes(StandardCharsets.UTF_8);
            String comment = "\n# ";
            int fill = size - answers.length - comment.length() - 1;
            byte[] padded = (examplesKneeRunner() + comment + "x".repeat(fill) + "\n").getBytes(StandardCharsets.UTF_8);
            assertThat(padded).hasSize(size);
            return padded;
        }

        private String post(String path, String contentType, int length) {
            return "POST " + path + " HTTP/1.1\r\nHost: " + web.host() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n";
        }
    }

    /** A name from the address only ever names a file footplan made, directly in its folder. */
    @Nested
    class Traversal {

        @BeforeEach
        void withACalendar() throws IOException {
            web.save("knee-runner");
            Files.writeString(web.dir().resolve("x.ics"), "secret: a calendar-like file outside calendars/");
            Files.writeString(web.dir().resolve("answers.yaml"), "secret: the answers of another program");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/calendars/../answers.yaml", "/calendars/..%2Fknee-runner.yaml",
                "/calendars/%2e%2e%2fx.ics", "/calendars/%2e%2e/knee-runner.yaml", "/calendars/.%2e/answers.yaml",
                "/calendars/..%5cknee-runner.yaml", "/calendars/knee-runner.ics%00.yaml",
                "/calendars/%2fetc%2fpasswd", "/calendars/..%252Fknee-runner.yaml",
                "/plan/..%2F..%2Fetc%2Fpasswd", "/plan/..%2Fknee-runner", "/plan/%2e%2e", "/plan/.knee-runner",
                "/handout/%2e%2e", "/handout/..%2Fknee-runner", "/pictures/../style.css",
                "/pictures/..%2F..%2Ffootplan%2Fweb%2Fstyle.css", "/pictures/%2e%2e%2fstyle.css",
                "/../../../../etc/passwd", "/calendars/..%2F..%2F..%2F..%2Fetc%2Fpasswd"})
        void aPathOutOfItsFolderFindsNothing(String target) {
            WebFixture.Raw answer = web.rawGet(target);

            assertThat(answer.status()).as("%s\n%s", target, answer).isIn(400, 404);
            assertThat(answer.body()).as(target).doesNotContain("secret", "root:", "BEGIN:VCALENDAR",
                    "saddle_numbness", "Knee runner", "font-family", "<svg");
        }

        @Test
        void theOwnFilesAreFound() {
            // the same routes do serve what they should, so the refusals above are about the names
            assertThat(web.rawGet("/calendars/knee-runner.ics").status()).isEqualTo(200);
            assertThat(web.rawGet("/calendars/x.ics").status()).isEqualTo(404);
            assertThat(web.rawGet("/plan/knee-runner").status()).isEqualTo(200);
            assertThat(web.rawGet("/handout/knee-runner").status()).isEqualTo(200);
            assertThat(web.rawGet("/pictures/heel-raises.svg").status()).isEqualTo(200);
            assertThat(web.rawGet("/style.css").status()).isEqualTo(200);
        }
    }

    private String chunkedPost(String path, String contentType) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + web.host() + "\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n";
    }

    /** {@code body} in chunks of 4 KiB, as a client that streams it without knowing its length sends it. */
    private static byte[] chunked(byte[] body) {
        var out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 4096) {
            int size = Math.min(4096, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String examplesKneeRunner() {
        try {
            return Files.readString(Path.of("examples/knee-runner.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
