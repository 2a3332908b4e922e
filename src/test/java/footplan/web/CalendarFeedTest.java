package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subscription address a calendar app polls: the calendar file footplan wrote, as {@code text/calendar}, with
 * an ETag and Last-Modified so that the app downloads it again only when it changed.
 */
class CalendarFeedTest {

    @RegisterExtension
    final WebFixture web = new WebFixture();

    @BeforeEach
    void save() {
        HttpResponse<String> saved = web.save("knee-runner");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private Path calendar() {
        return web.dir().resolve("calendars/knee-runner.ics");
    }

    @Test
    void theCalendarIsServedAsWritten() throws IOException {
        HttpResponse<String> feed = web.get("/calendars/knee-runner.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").isEqualTo(Files.readString(calendar()));
        assertThat(feed.headers().firstValue("ETag")).hasValueSatisfying(
                etag -> assertThat(etag).matches("\"[0-9a-f]+\""));
        Instant modified = Files.getLastModifiedTime(calendar()).toInstant();
        assertThat(feed.headers().firstValue("Last-Modified")).hasValueSatisfying(date -> assertThat(
                ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isBetween(modified.minusSeconds(1), modified));
    }

    @Test
    void anUnchangedCalendarIsNotSentAgain() {
        String etag = web.get("/calendars/knee-runner.ics").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = web.get("/calendars/knee-runner.ics", "If-None-Match", etag);
        HttpResponse<String> listed = web.get("/calendars/knee-runner.ics", "If-None-Match", "\"other\", " + etag);
        HttpResponse<String> weak = web.get("/calendars/knee-runner.ics", "If-None-Match", "W/" + etag);

        for (HttpResponse<String> answer : new HttpResponse[] {again, listed, weak}) {
            assertThat(answer.statusCode()).isEqualTo(304);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers().firstValue("ETag")).hasValue(etag);
        }
    }

    @Test
    void aChangedCalendarIsSentAgain() throws IOException {
        String etag = web.get("/calendars/knee-runner.ics").headers().firstValue("ETag").orElseThrow();
        Files.writeString(calendar(), Files.readString(calendar()).replace("Knee runner", "Knee walker"));
        Files.setLastModifiedTime(calendar(), FileTime.from(Instant.now().plusSeconds(60)));

        HttpResponse<String> again = web.get("/calendars/knee-runner.ics", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Knee walker");
        assertThat(again.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void anotherTagGetsTheCalendar() {
        HttpResponse<String> answer = web.get("/calendars/knee-runner.ics", "If-None-Match", "\"not-this-one\"");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aDownloadIsAnAttachment() {
        HttpResponse<String> answer = web.get("/calendars/knee-runner.ics?download");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"knee-runner.ics\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"office-heels.ics", "nobody.ics", "knee-runner", "knee-runner.ICS", "knee-runner.yaml",
            "knee-runner.ics.bak", ".ics", "-.ics"})
    void otherNamesAreNotFound(String name) {
        HttpResponse<String> answer = web.get("/calendars/" + name);

        assertThat(answer.statusCode()).as(name).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
