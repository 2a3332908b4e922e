package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import footplan.ics.EventResources;
import footplan.sync.Radicale;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** {@code footplan sync} against a real Radicale server. */
class SyncCommandTest {

    @RegisterExtension
    static final Radicale RADICALE = new Radicale();

    private static final Pattern HREF = Pattern.compile("<(?:\\w+:)?href>([^<]*\\.ics)</(?:\\w+:)?href>");
    private static final Pattern ETAG = Pattern.compile("<(?:\\w+:)?getetag>([^<]*)</(?:\\w+:)?getetag>");

    @TempDir
    Path temp;

    private Path answers() throws IOException {
        Path answers = temp.resolve("knee-runner.yaml");
        if (!Files.exists(answers)) {
            Files.copy(Path.of("examples/knee-runner.yaml"), answers);
        }
        return answers;
    }

    private Path calendar() {
        return temp.resolve("calendars").resolve("knee.ics");
    }

    private Path passwordFile(String password) throws IOException {
        Path file = temp.resolve("password-" + password.hashCode());
        Files.writeString(file, password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private Cli.Result sync(String url, String password, String... more) throws IOException {
        var args = Stream.concat(Stream.of("sync", "--answers", answers().toString(), "--calendar",
                calendar().toString(), "--url", url, "--user", Radicale.USER, "--password-file",
                passwordFile(password).toString()), Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    private void changeAnswer(String from, String to) throws IOException {
        String text = Files.readString(answers());
        assertThat(text).contains(from);
        Files.writeString(answers(), text.replace(from, to));
    }

    /** The server's resources: name → ETag. */
    private static Map<String, String> server(String url) throws Exception {
        String body = RADICALE.send("PROPFIND", url, "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                + "<d:getetag/></d:prop></d:propfind>", "Depth", "1").body();
        var resources = new TreeMap<String, String>();
        for (String response : body.split("response>")) {
            var href = HREF.matcher(response);
            var etag = ETAG.matcher(response);
            if (href.find() && etag.find()) {
                String path = URLDecoder.decode(href.group(1), StandardCharsets.UTF_8);
                resources.put(path.substring(path.lastIndexOf('/') + 1), etag.group(1));
            }
        }
        return resources;
    }

    private List<String> confirmedNames() {
        var names = new ArrayList<String>();
        EventResources.of(calendar()).values().stream().filter(e -> !e.cancelled())
                .forEach(e -> names.add(e.uid() + ".ics"));
        return names;
    }

    @Test
    void firstSyncMakesTheCalendarAndARerunUpdatesWithoutDuplicatesAndSendsNothingWhenNothingChanged()
            throws Exception {
        String url = RADICALE.url("first");

        Cli.Result first = sync(url, Radicale.PASSWORD);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Made the calendar " + url, "Synced to " + url);
        var names = confirmedNames();
        assertThat(names).isNotEmpty().allMatch(name -> name.matches("test-program-w\\d\\d-s\\d@footplan\\.ics"));
        assertThat(server(url).keySet()).containsExactlyInAnyOrderElementsOf(names);
        String uid = names.get(0).replace(".ics", "");
        String text = RADICALE.send("GET", url + names.get(0), null).body();
        assertThat(text).contains("UID:" + uid, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin").doesNotContain("w02-s2@",
                "X-WR-CALNAME");

        Cli.Result again = sync(url, Radicale.PASSWORD);
        assertThat(again.out()).as(again.toString()).contains("0 added, 0 updated, 0 removed",
                "; nothing sent");

        changeAnswer("time: \"07:30\"", "time: \"18:15\"");
        var before = server(url);
        Cli.Result moved = sync(url, Radicale.PASSWORD);
        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("0 added, " + names.size() + " updated");
        var after = server(url);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(RADICALE.send("GET", url + names.get(0), null).body()).contains("T181500");

        assertThat(sync(url, Radicale.PASSWORD).out()).contains("; nothing sent");
        assertThat(server(url)).isEqualTo(after);
    }

    @Test
    void jsonIsThePlansDocumentWithTheSyncsCountsAndNothingElseOnStandardOutput() throws Exception {
        String url = RADICALE.url("json");

        Cli.Result first = sync(url, Radicale.PASSWORD, "--format", "json", "--explain");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).startsWith("{").endsWith("}\n");
        JsonNode doc = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(first.out());
        assertThat(doc.fieldNames()).toIterable().contains("weeks", "sessions", "calendar", "changes",
                "explanations", "sync");
        int sessions = confirmedNames().size();
        JsonNode sync = doc.get("sync");
        assertThat(sync.fieldNames()).toIterable().containsExactly("url", "added", "updated", "removed", "unchanged",
                "requests", "notes");
        assertThat(sync.get("url").asText()).isEqualTo(url);
        assertThat(sync.get("added").asInt()).isEqualTo(sessions);
        assertThat(sync.get("requests").asInt()).as("MKCALENDAR and a PUT per session").isEqualTo(sessions + 1);
        assertThat(sync.get("notes").get(0).asText()).isEqualTo("Made the calendar " + url);

        JsonNode again = new ObjectMapper().readTree(sync(url, Radicale.PASSWORD, "--format", "json").out())
                .get("sync");
        assertThat(again.get("unchanged").asInt()).isEqualTo(sessions);
        assertThat(again.get("requests").asInt()).isZero();
        assertThat(again.get("notes").isArray()).isTrue();
        assertThat(again.get("notes")).isEmpty();

        Cli.Result refused = sync(url, "not-the-Password-17", "--format", "json");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.out()).as("no half document for a script to mistake").isEmpty();
        assertThat(refused.err()).contains("HTTP 401");
    }

    @Test
    void theCalendarSyncMakesIsNamedAfterThePersonAndSetToTheirTimeZone() throws Exception {
        String url = RADICALE.url("zone");
        Cli.Result made = sync(url, Radicale.PASSWORD);
        assertThat(made.exitCode()).as(made.toString()).isZero();

        String props = RADICALE.send("PROPFIND", url, "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\""
                + " xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><d:displayname/><c:calendar-timezone/>"
                + "</d:prop></d:propfind>", "Depth", "0").body();

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(props)));
        assertThat(doc.getElementsByTagNameNS("DAV:", "displayname").item(0).getTextContent())
                .isEqualTo("Foot routine · Knee runner");
        var zone = doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:caldav", "calendar-timezone");
        assertThat(zone.getLength()).as(props).isEqualTo(1);
        // Line ends as LF: Radicale hands back what it was sent with CRLF (as &#13;), but writes the CRs raw, which
        // XML parsing turns into LF.
        String text = zone.item(0).getTextContent().replace("\r\n", "\n");
        assertThat(text).as("one VCALENDAR with the VTIMEZONE of the answers' zone").startsWith(
                "BEGIN:VCALENDAR\nPRODID:").contains("BEGIN:VTIMEZONE\n", "TZID:Europe/Berlin\n")
                .endsWith("END:VTIMEZONE\nEND:VCALENDAR\n").doesNotContain("BEGIN:VEVENT", "X-FOOTPLAN");
        assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
        assertThat(Files.readString(calendar()).replace("\r\n", "\n")).as("the local file's own VTIMEZONE")
                .contains(text.substring(text.indexOf("BEGIN:VTIMEZONE"), text.indexOf("END:VCALENDAR")));
    }

    /**
     * One calendar file synced to two collections in turn: what footplan wrote to each is remembered by the
     * collection's address, so neither borrows the other's ETags, and coming back to the first still updates it.
     */
    @Test
    void aCalendarSyncedToAnotherCollectionAndBackKeepsEachCollectionsOwnRecord() throws Exception {
        String first = RADICALE.url("first-home");
        String second = RADICALE.url("second-home");
        assertThat(sync(first, Radicale.PASSWORD).exitCode()).isZero();
        var names = confirmedNames();

        Cli.Result moved = sync(second, Radicale.PASSWORD);
        assertThat(moved.out()).as("nothing of the first collection's counts as on the second: " + moved)
                .contains("Made the calendar " + second, names.size() + " added, 0 updated, 0 removed, 0 unchanged");
        assertThat(server(second).keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(sync(second, Radicale.PASSWORD).out()).contains("; nothing sent");

        changeAnswer("time: \"07:30\"", "time: \"18:15\"");
        Cli.Result back = sync(first, Radicale.PASSWORD);
        assertThat(back.out()).as("the first collection's sessions are still footplan's: " + back)
                .contains("0 added, " + names.size() + " updated, 0 removed").doesNotContain("Kept your");
        assertThat(server(first).keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(RADICALE.send("GET", first + names.get(0), null).body()).contains("T181500");
        assertThat(RADICALE.send("GET", second + names.get(0), null).body()).contains("T073000");

        Cli.Result secondAgain = sync(second, Radicale.PASSWORD);
        assertThat(secondAgain.out()).as(secondAgain.toString()).contains("0 added, " + names.size() + " updated")
                .doesNotContain("Kept your");
        assertThat(sync(first, Radicale.PASSWORD).out()).contains("; nothing sent");
    }

    @Test
    void aCalendarDeletedOnTheServerIsMadeAgainWithEverySession() throws Exception {
        String url = RADICALE.url("deleted");
        assertThat(sync(url, Radicale.PASSWORD).exitCode()).isZero();
        assertThat(RADICALE.send("DELETE", url, null).statusCode()).isIn(200, 204);

        Cli.Result again = sync(url, Radicale.PASSWORD);

        assertThat(again.out()).as("the record of the deleted calendar's ETags no longer holds: " + again)
                .contains("Made the calendar " + url, confirmedNames().size() + " added")
                .doesNotContain("Kept your deletion");
        assertThat(server(url).keySet()).containsExactlyInAnyOrderElementsOf(confirmedNames());
    }

    @Test
    void fewerSessionsAWeekDeleteTheDroppedOnesFromTheServer() throws Exception {
        String url = RADICALE.url("fewer");
        assertThat(sync(url, Radicale.PASSWORD).exitCode()).isZero();
        var three = confirmedNames();

        changeAnswer("sessions_per_week: 3", "sessions_per_week: 2");
        Cli.Result fewer = sync(url, Radicale.PASSWORD);

        assertThat(fewer.exitCode()).as(fewer.toString()).isZero();
        var two = confirmedNames();
        assertThat(two).hasSizeLessThan(three.size());
        assertThat(server(url).keySet()).containsExactlyInAnyOrderElementsOf(two);
        long dropped = three.stream().filter(name -> !two.contains(name)).count();
        long added = two.stream().filter(name -> !three.contains(name)).count();
        assertThat(fewer.out()).contains("Synced to " + url + ": " + added + " added, ", dropped + " removed");
    }

    @Test
    void aReferralRemovesTheSessionsAheadButNotAnEventAddedByHand() throws Exception {
        String url = RADICALE.url("referral");
        assertThat(sync(url, Radicale.PASSWORD).exitCode()).isZero();
        String mine = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:dentist@phone\r\n"
                + "DTSTAMP:20261120T100000Z\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
                + "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThat(RADICALE.send("PUT", url + "dentist.ics", mine, "Content-Type", "text/calendar").statusCode())
                .isEqualTo(201);

        changeAnswer("saddle_numbness: false", "saddle_numbness: true");
        Cli.Result referred = sync(url, Radicale.PASSWORD);

        assertThat(referred.exitCode()).as(referred.toString()).isEqualTo(3);
        assertThat(server(url).keySet()).containsExactly("dentist.ics");
        assertThat(referred.out()).contains("removed");
    }

    @Test
    void aSessionThePersonMovedOnTheServerKeepsTheirChangeUnlessForced() throws Exception {
        String url = RADICALE.url("moved");
        assertThat(sync(url, Radicale.PASSWORD).exitCode()).isZero();
        String name = confirmedNames().get(2);
        var response = RADICALE.send("GET", url + name, null);
        String theirs = response.body().replaceAll("DTSTART;TZID=Europe/Berlin:(\\d{8})", "DTSTART;TZID=Europe/Berlin:20261209")
                .replaceAll("DTEND;TZID=Europe/Berlin:(\\d{8})", "DTEND;TZID=Europe/Berlin:20261209");
        assertThat(RADICALE.send("PUT", url + name, theirs, "Content-Type", "text/calendar", "If-Match",
                response.headers().firstValue("ETag").orElseThrow()).statusCode()).isIn(201, 204);
        String theirEtag = server(url).get(name);

        changeAnswer("time: \"07:30\"", "time: \"19:00\"");
        Cli.Result kept = sync(url, Radicale.PASSWORD);

        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(kept.out()).contains("Kept your change to Wed 9 Dec 2026");
        assertThat(server(url).get(name)).isEqualTo(theirEtag);
        assertThat(sync(url, Radicale.PASSWORD).out()).contains("; nothing sent").doesNotContain("Kept your");

        Cli.Result forced = sync(url, Radicale.PASSWORD, "--force");
        assertThat(forced.out()).as(forced.toString()).contains("1 updated");
        assertThat(RADICALE.send("GET", url + name, null).body()).contains("T190000");
    }

    @Test
    void verboseShowsEachExchangeOnStandardErrorButNeverTheCredentials() throws Exception {
        String url = RADICALE.url("verbose");

        Cli.Result result = sync(url, Radicale.PASSWORD, "--verbose");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("> PROPFIND " + url, "> MKCALENDAR " + url, "< 201 MKCALENDAR " + url,
                "> PUT " + url, "< 201 PUT " + url, "> If-None-Match: *");
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (Radicale.USER + ":" + Radicale.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(result.err()).doesNotContainIgnoringCase("Authorization").doesNotContain(Radicale.PASSWORD,
                credentials, "Basic ");
        assertThat(result.out()).doesNotContain("> PUT");

        Cli.Result quiet = sync(url, Radicale.PASSWORD);
        assertThat(quiet.err()).as(quiet.toString()).doesNotContain("PROPFIND");
    }

    @Test
    void twoSyncsOfTheSamePersonAtOnceLeaveNoDuplicatesAndARecordOfEverything() throws Exception {
        String url = RADICALE.url("together");
        answers();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<java.util.concurrent.Future<Cli.Result>>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return sync(url, Radicale.PASSWORD);
                }));
            }
            start.countDown();
            for (var run : runs) {
                Cli.Result result = run.get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(result.exitCode()).as(result.toString()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        var names = confirmedNames();
        assertThat(server(url).keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(sync(url, Radicale.PASSWORD).out()).contains("; nothing sent");
        changeAnswer("time: \"07:30\"", "time: \"18:15\"");
        Cli.Result moved = sync(url, Radicale.PASSWORD);
        assertThat(moved.out()).as("every session is footplan's, so every one moves: " + moved)
                .contains("0 added, " + names.size() + " updated").doesNotContain("Kept your");
        assertThat(server(url).keySet()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void aWrongPasswordExitsWith4AndThePasswordIsNowhere() throws Exception {
        String wrong = "not-the-Password-991";
        Cli.Result result = sync(RADICALE.url("wrong"), wrong);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        assertThat(result.err()).contains("HTTP 401", "wrong user name or password", RADICALE.url("wrong"));
        assertThat(result.toString()).doesNotContain(wrong, Radicale.PASSWORD);
    }

    @Test
    void aStoppedServerExitsWith4() throws Exception {
        RADICALE.stop();
        try {
            Cli.Result result = sync(RADICALE.url("stopped"), Radicale.PASSWORD);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            assertThat(result.err()).contains(RADICALE.url("stopped"), "cannot connect").doesNotContain("\tat ");
            assertThat(Files.exists(calendar())).isTrue();
        } finally {
            RADICALE.start();
        }
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnyConnection() throws Exception {
        Cli.Result result = sync("http://calendar.example.org/alex/footplan/", Radicale.PASSWORD);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("use https");
        assertThat(Files.exists(calendar())).isFalse();
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path file = passwordFile(Radicale.PASSWORD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result result = Cli.run("sync", "--answers", answers().toString(), "--calendar", calendar().toString(),
                "--url", RADICALE.url("perm"), "--user", Radicale.USER, "--password-file", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("chmod 600").doesNotContain(Radicale.PASSWORD);
    }
}
