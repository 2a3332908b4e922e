package footplan.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of what sync wrote, kept per collection address across runs. */
class SyncRecordTest {

    private static final String FIRST = "https://dav.example.org/alex/footplan/";
    private static final String SECOND = "https://other.example.net/dav/alex/feet/";

    @TempDir
    Path temp;

    @Test
    void eachCollectionHasItsOwnEntriesAndWritingOneKeepsTheOther() {
        Path calendar = temp.resolve("knee.ics");
        var first = SyncRecord.read(calendar, FIRST);
        first.entries.put("w01-s1@footplan", new SyncRecord.Entry("\"etag-a\"", "hash1", false));
        first.write();

        var second = SyncRecord.read(calendar, SECOND);
        assertThat(second.entries).as("another server's ETags mean nothing here").isEmpty();
        second.entries.put("w01-s1@footplan", new SyncRecord.Entry("\"etag-b\"", "hash1", false));
        second.write();

        assertThat(SyncRecord.read(calendar, FIRST).entries).containsExactlyEntriesOf(
                Map.of("w01-s1@footplan", new SyncRecord.Entry("\"etag-a\"", "hash1", false)));
        assertThat(SyncRecord.read(calendar, SECOND).entries).containsExactlyEntriesOf(
                Map.of("w01-s1@footplan", new SyncRecord.Entry("\"etag-b\"", "hash1", false)));
    }

    @Test
    void aCollectionLeftWithNoEntriesIsForgotten() throws Exception {
        Path calendar = temp.resolve("knee.ics");
        var first = SyncRecord.read(calendar, FIRST);
        first.entries.put("w01-s1@footplan", new SyncRecord.Entry("\"a\"", "hash1", true));
        first.write();
        var again = SyncRecord.read(calendar, FIRST);
        again.entries.clear();
        again.write();

        assertThat(Files.readString(SyncRecord.fileFor(calendar))).doesNotContain("dav.example.org");
    }

    @Test
    void aRecordInTheFirstFormatStillCountsForItsCollection() throws Exception {
        Path calendar = temp.resolve("knee.ics");
        Files.writeString(SyncRecord.fileFor(calendar), "#What footplan sync last wrote\n"
                + "url=https\\://dav.example.org/alex/footplan/\n"
                + "uid.w01-s1@footplan=hash1 theirs \"etag with space\"\n");

        assertThat(SyncRecord.read(calendar, FIRST).entries).containsExactlyEntriesOf(
                Map.of("w01-s1@footplan", new SyncRecord.Entry("\"etag with space\"", "hash1", true)));
        assertThat(SyncRecord.read(calendar, SECOND).entries).isEmpty();
    }
}
