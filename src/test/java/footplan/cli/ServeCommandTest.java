package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code footplan serve} as a person starts it: it prints the address, the address answers, and it stops when the
 * process is told to. Options it cannot use end it at once, exit 2, naming the option; these cases run in-process,
 * since a serve that starts blocks until the JVM shuts down.
 */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile(" at (http://127\\.0\\.0\\.1:(\\d+)/)$");

    @TempDir
    Path temp;

    @Test
    void servesTheFolderAtTheAddressItPrintsUntilStopped() throws Exception {
        Files.copy(Path.of("examples/knee-runner.yaml"), temp.resolve("knee-runner.yaml"));
        Path errors = temp.resolve("serve.err");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--dir", temp.toString())
                .redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine,
                    () -> "serve printed no address; its errors:\n" + read(errors));
            assertThat(first).as("first line; errors:\n%s", read(errors)).isNotNull()
                    .startsWith("footplan is serving " + temp.toRealPath());
            Matcher address = ADDRESS.matcher(first);
            assertThat(address.find()).as(first).isTrue();
            assertThat(Integer.parseInt(address.group(2))).isPositive();

            HttpResponse<String> index = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("knee-runner");
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stops when told to").isTrue();
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Cli.Result result = serve("--dir", temp.resolve("nonexistent").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--dir").contains("nonexistent");
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("answers.yaml"), "name: x\n");

        Cli.Result result = serve("--dir", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--dir");
    }

    @Test
    void aPortOutOfRangeIsNamed() {
        for (String port : new String[] {"70000", "65536", "-1"}) {
            Cli.Result result = serve("--port", port, "--dir", temp.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains("--port");
        }
    }

    @Test
    void aHostNameIsNoAddressToBindTo() {
        // 999.1.1.1 and 1.2.3.4.5 are no addresses, and Java would look them up as host names; 12345 Java takes
        // for 0.0.48.57
        for (String bind : new String[] {"example.com", "999.1.1.1", "1.2.3.4.5", "12345", "127.1", "127.0.0.1:80",
                "::g"}) {
            Cli.Result result = serve("--bind", bind, "--dir", temp.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains("--bind " + bind);
        }
    }

    @Test
    void aPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());

            Cli.Result result = serve("--port", port, "--dir", temp.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains("--port " + port);
        }
    }

    /** Runs {@code serve} in-process; a run that starts serving never ends, so a minute is a failure. */
    private static Cli.Result serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(all),
                "serve started instead of refusing its options");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
