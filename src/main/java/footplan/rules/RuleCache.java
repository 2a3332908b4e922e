package footplan.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A folder of compiled rule books, so that a run whose rules have not changed skips the Drools compiler (most of
 * a second).
 *
 * <p>An entry is keyed on everything the compiled rules depend on: the text and name of every rule file, the
 * catalogue, and the build of footplan and Drools that compiled them. An edited rule file therefore gives a new
 * key and is compiled afresh; rules with errors are never stored, so their errors are reported as
 * {@code file:line: message} every time. An entry is checked before it is used (all it was keyed on, byte for
 * byte, a checksum of its content, and only the classes a compiled rule book is made of may be read back); one
 * that fails any check, or fails to load, is ignored and replaced. The cache never makes a run fail: when the
 * folder cannot be written the rules are simply compiled every time.
 */
public final class RuleCache {

    private static final RuleCache NONE = new RuleCache(null);

    /** Raised whenever the entry format or what goes into it changes, so older entries are not read. */
    private static final int FORMAT = 3;
    private static final String MAGIC = "footplan compiled rules";
    private static final String SUFFIX = ".kbase";
    private static final int KEEP = 8;

    /** Classes a compiled rule book is made of; anything else in an entry means it is not ours. */
    private static final String[] TRUSTED = {"java.", "org.drools.", "org.kie.", "org.mvel2.", "footplan."};

    private final Path folder;

    private RuleCache(Path folder) {
        this.folder = folder;
    }

    /** Keeps compiled rules in this folder, which is created when first needed. */
    public static RuleCache in(Path folder) {
        return new RuleCache(folder);
    }

    /** Compiles the rules every time. */
    public static RuleCache none() {
        return NONE;
    }

    /** The folder, or empty for {@link #none()}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleCache cache && java.util.Objects.equals(folder, cache.folder);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(folder);
    }

    @Override
    public String toString() {
        return folder == null ? "no rule cache" : "rule cache in " + folder;
    }

    /**
     * Where an entry is kept ({@code name}, a 64-bit checksum of the identity) and everything it depends on
     * ({@code identity}), which an entry carries in full and is compared byte for byte before it is used: two rule
     * sets whose checksums collide share a file name, never a rule base. Cheaper than a cryptographic hash, whose
     * provider took a tenth of a second to set up on a cold start.
     */
    record Key(String name, byte[] identity) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && name.equals(key.name) && Arrays.equals(identity, key.identity);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The key of a rule source compiled by this build of footplan; empty when the build cannot be told apart. */
    static Optional<Key> key(RuleSource source) {
        if (Build.FINGERPRINT.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream identity = new ByteArrayOutputStream(64 * 1024);
        append(identity, MAGIC + " " + FORMAT);
        append(identity, Build.FINGERPRINT.get());
        append(identity, source.catalogue());
        for (RuleSource.RuleFile file : source.drlFiles()) {
            append(identity, file.displayName());
            append(identity, file.text());
        }
        byte[] bytes = identity.toByteArray();
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        return Optional.of(new Key(String.format(Locale.ROOT, "%08x%08x", crc32.getValue(), crc32c.getValue()), bytes));
    }

    /** The rule base stored under this key, if there is a sound one. */
    Optional<KieBase> load(Key key) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            byte[] entry = Files.readAllBytes(entry(key));
            List<KiePackage> packages = packages(key, entry);
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return kieBase.getKiePackages().stream().anyMatch(p -> !p.getRules().isEmpty())
                    ? Optional.of(kieBase) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty(); // no entry, or one we cannot trust: compile instead
        }
    }

    /** Stores the packages of rules that compiled without errors; a failure to store is ignored. */
    void store(Key key, Collection<KiePackage> packages) {
        if (folder == null) {
            return;
        }
        Path temporary = null;
        try {
            byte[] entry = entry(key, new ArrayList<>(packages));
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".rules-", ".tmp");
            Files.write(temporary, entry);
            Files.move(temporary, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // The cache only saves time; a read-only or full disk costs a compile per run, nothing more.
        } finally {
            deleteQuietly(temporary);
        }
    }

    Path entry(Key key) {
        return folder.resolve("rules-" + key.name() + SUFFIX);
    }

    /** An entry: a header with the key's identity, then the checksum and length of the serialized payload, then it. */
    static byte[] entry(Key key, Object payloadObject) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(payloadObject);
        }
        byte[] bytes = payload.toByteArray();
        ByteArrayOutputStream entry = new ByteArrayOutputStream(bytes.length + 200);
        try (DataOutputStream out = new DataOutputStream(entry)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(key.identity().length);
            out.write(key.identity());
            out.writeLong(checksum(bytes));
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        return entry.toByteArray();
    }

    private static List<KiePackage> packages(Key key, byte[] entry) throws IOException, ClassNotFoundException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT
                || !Arrays.equals(key.identity(), in.readNBytes(Math.max(0, in.readInt())))) {
            throw new IOException("not an entry for this key");
        }
        long checksum = in.readLong();
        byte[] payload = in.readNBytes(in.readInt());
        if (in.read() != -1 || checksum != checksum(payload)) {
            throw new IOException("damaged entry");
        }
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                RuleCache.class.getClassLoader())) {
            objects.setObjectInputFilter(RuleCache::trusted);
            List<KiePackage> packages = new ArrayList<>();
            for (Object item : (List<?>) objects.readObject()) {
                packages.add((KiePackage) item);
            }
            return packages;
        }
    }

    private static ObjectInputFilter.Status trusted(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        for (String trusted : TRUSTED) { // a loop, not a stream: this runs for each of thousands of objects
            if (name.startsWith(trusted)) {
                return ObjectInputFilter.Status.ALLOWED;
            }
        }
        return ObjectInputFilter.Status.REJECTED;
    }

    /**
     * Catches a damaged entry (a torn write, a flipped bit); trust comes from the class filter, not from this.
     * CRC32C, not SHA-256: on a cold JVM, hashing the 370 KB payload with SHA-256 took 30 ms of every start.
     */
    private static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (crc.getValue() << 32) | payload.length;
    }

    /** Keeps the most recently written entries: every edit of the rules adds one. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> p.getFileName().toString().startsWith("rules-")
                    && p.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.stream().sorted(Comparator.comparing(RuleCache::modified).reversed()).skip(KEEP)
                .forEach(RuleCache::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another run may have removed it; nothing depends on it
        }
    }

    /** Length first, so that moving text from one part to the next never gives the same identity. */
    private static void append(ByteArrayOutputStream identity, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        identity.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        identity.write(':');
        identity.writeBytes(bytes);
    }

    /**
     * What identifies the code that compiled the rules: Java's version, and footplan's jar (its size and time,
     * which also change with the Drools inside it) or, when run from a folder of classes, the newest class file in
     * it. Compiled rules refer to footplan's classes, so a rebuilt footplan must not read entries of the one before.
     */
    static final class Build {

        // System properties, not Runtime.version() (which parses the version with a regular expression), and no
        // Package.getImplementationVersion(): the shaded jar has one manifest, and its size and time already say
        // which footplan and Drools these are.
        static final Optional<String> FINGERPRINT = code().map(code -> "java "
                + System.getProperty("java.runtime.version") + " " + System.getProperty("java.vm.version") + "; " + code);

        private Build() {
        }

        private static Optional<String> code() {
            try {
                Path location = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return Optional.of(location + " " + Files.size(location) + " "
                            + Files.getLastModifiedTime(location).toMillis());
                }
                try (Stream<Path> files = Files.walk(location)) {
                    return files.map(RuleCache::modified).max(Comparator.naturalOrder())
                            .map(newest -> location + " " + newest);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return Optional.empty(); // a build we cannot tell from the next one: compile every time
            }
        }
    }
}
