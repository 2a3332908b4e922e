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
 * What footplan last wrote to each calendar collection it synced this calendar to, per UID: the resource's ETag and
 * a hash of the text, in the hidden {@code .<name>.ics.sync} beside the calendar. Only resources named here for a
 * collection are ever changed or deleted there. Each collection, by its address, has its own entries: an ETag is
 * only meaningful on the server that gave it, and a person who syncs elsewhere and back still has footplan's
 * sessions in the first collection kept up to date.
 */
final class SyncRecord {

    /**
     * @param theirs the person changed the resource on the server and footplan kept their version, whose ETag this is
     */
    record Entry(String etag, String hash, boolean theirs) {
    }

    private static final String COLLECTION = "collection.";
    private static final String UID = ".uid.";

    private final Path file;
    final Map<String, Entry> entries;
    /** The entries of every collection, this one's among them, by address. */
    private final Map<String, Map<String, Entry>> collections;

    private SyncRecord(Path file, String url, Map<String, Map<String, Entry>> collections) {
        this.file = file;
        this.collections = collections;
        this.entries = collections.computeIfAbsent(url, key -> new TreeMap<>());
    }

    static Path fileFor(Path calendar) {
        return calendar.resolveSibling("." + calendar.getFileName() + ".sync");
    }

    /** The record of this calendar; its entries are those of the collection at {@code url}, none if new there. */
    static SyncRecord read(Path calendar, String url) {
        var file = fileFor(calendar);
        var collections = new TreeMap<String, Map<String, Entry>>();
        if (Files.exists(file)) {
            var properties = new Properties();
            try {
                properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                throw new UserInputException(file + ": cannot read what footplan last synced (" + e.getMessage()
                        + "); delete it to sync afresh");
            }
            // The first format knew one collection: url = its address, uid.UID = entry.
            var single = properties.getProperty("url");
            if (single != null) {
                collections.put(single, entries(properties, "uid."));
            }
            for (var name : properties.stringPropertyNames()) {
                if (name.startsWith(COLLECTION) && name.indexOf('.', COLLECTION.length()) < 0) {
                    collections.put(properties.getProperty(name), entries(properties, name + UID));
                }
            }
        }
        return new SyncRecord(file, url, collections);
    }

    private static Map<String, Entry> entries(Properties properties, String prefix) {
        var entries = new TreeMap<String, Entry>();
        for (var name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                var parts = properties.getProperty(name).split(" ", 3);
                if (parts.length == 3) {
                    entries.put(name.substring(prefix.length()), new Entry(parts[2], parts[0],
                            parts[1].equals("theirs")));
                }
            }
        }
        return entries;
    }

    /** Writes the entries of every collection, those of this sync's collection as they are now. */
    void write() {
        var properties = new Properties();
        int number = 0;
        for (var collection : collections.entrySet()) {
            if (collection.getValue().isEmpty()) {
                continue; // nothing of footplan's there any more
            }
            var key = COLLECTION + ++number;
            properties.setProperty(key, collection.getKey());
            collection.getValue().forEach((uid, entry) -> properties.setProperty(key + UID + uid,
                    entry.hash() + " " + (entry.theirs() ? "theirs" : "ours") + " " + entry.etag()));
        }
        var text = new StringWriter();
        try {
            properties.store(text, "What footplan sync last wrote to calendar collections: collection.N = its"
                    + " address, collection.N.uid.UID = hash owner ETag");
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
