package footplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * {@code GET /calendars/<file>.ics}: the calendar file itself, for download or for a calendar app that subscribes
 * to it ({@code webcal://}). An app polls it; the ETag lets it skip a download when nothing changed.
 */
final class CalendarFeed {

    private final Folder folder;

    CalendarFeed(Folder folder) {
        this.folder = folder;
    }

    void serve(Context ctx) {
        Path file = folder.calendarNamed(ctx.pathParam("file")).orElse(null);
        if (file == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8")
                    .result("No calendar of that name here: footplan serves only the calendars it made.");
            return;
        }
        byte[] bytes = read(file);
        String etag = "\"" + sha256(bytes) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", lastModified(file));
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.status(HttpStatus.OK).contentType("text/calendar; charset=utf-8").result(bytes);
        if (ctx.queryParam("download") != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        }
    }

    /** {@code If-None-Match} may list several tags, or be {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastModified(Path file) {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
