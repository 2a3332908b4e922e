package footplan.sync;

import footplan.UserInputException;
import footplan.files.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What footplan last wrote to the server, per UID: the resource's ETag and a hash of the text, in the hidden
 * {@code .<name>.ics.sync} beside the calendar. Only resources named here are ever changed or deleted.
 */
final class SyncRecord {

    /**
     * @param theirs the person changed the resource on the server and footplan kept their version, whose ETag this is
     */
    record Entry(String etag, String hash, boolean theirs) {
    }

    private final Path file;
    private final String url;
    final Map<String, Entry> entries;

    private SyncRecord(Path file, String url, Map<String, Entry> entries) {
        this.file = file;
        this.url = url;
        this.entries = entries;
    }

    static Path fileFor(Path calendar) {
        return calendar.resolveSibling("." + calendar.getFileName() + ".sync");
    }

    /** The record for this calendar and address; empty when there is none or it was made for another address. */
    static SyncRecord read(Path calendar, String url) {
        var file = fileFor(calendar);
        var entries = new TreeMap<String, Entry>();
        if (Files.exists(file)) {
            var properties = new Properties();
            try {
                properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                throw new UserInputException(file + ": cannot read what footplan last synced (" + e.getMessage()
                        + "); delete it to sync afresh");
            }
            if (url.equals(properties.getProperty("url"))) {
                for (var name : properties.stringPropertyNames()) {
                    if (name.startsWith("uid.")) {
                        var parts = properties.getProperty(name).split(" ", 3);
                        if (parts.length == 3) {
                            entries.put(name.substring(4), new Entry(parts[2], parts[0], parts[1].equals("theirs")));
                        }
                    }
                }
            }
        }
        return new SyncRecord(file, url, entries);
    }

    void write() {
        var properties = new Properties();
        properties.setProperty("url", url);
        entries.forEach((uid, entry) -> properties.setProperty("uid." + uid,
                entry.hash() + " " + (entry.theirs() ? "theirs" : "ours") + " " + entry.etag()));
        var text = new StringWriter();
        try {
            properties.store(text, "What footplan sync last wrote to the calendar server: UID = hash owner ETag");
            AtomicFile.replaceWithoutBackup(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | AtomicFile.Failure e) {
            throw new UserInputException(file + ": cannot record what was synced (" + e.getMessage() + ")");
        }
    }

    /** The hash of an event's text, DTSTAMP left out: a rewrite that only stamps the event again is no change. */
    static String hash(String text) {
        var kept = new StringBuilder();
        for (var line : text.split("\r\n")) {
            if (!line.startsWith("DTSTAMP")) {
                kept.append(line).append('\n');
            }
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
