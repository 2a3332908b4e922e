package footplan.answers;

import com.fasterxml.jackson.databind.JsonNode;
import footplan.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The check-ins file: how each session went, a YAML list with one entry per session, oldest first, beside the
 * answers file ({@link #defaultFor}). Read as strictly as the answers file, with the same limits (64 KiB, UTF-8,
 * plain YAML without aliases or tags) and a one-line {@link AnswersException} for every mistake, naming the file,
 * the entry and the key, e.g.
 * {@code answers.checkins.yaml: entry 3 (2027-01-13): pain_during: 12 is out of range; allowed 0-10}.
 *
 * <pre>
 * - date: 2027-01-06        # the session's local date
 *   done: true              # false: the session was missed
 *   pain_during: 3          # 0-10, worst pain during the session (required when done)
 *   pain_next_morning: 2    # 0-10, optional
 *   effort: right           # easy | right | hard, optional
 *   note: "calves tight"    # optional free text
 * </pre>
 *
 * <p>A missed session ({@code done: false}) has nothing to rate: its entry may have a note but no pain or effort.
 * A date may appear once, and the entries go oldest first, so the entry numbers of the messages are the ones the
 * person sees. A missing file means no check-ins yet. Whether each date is a session of the program needs the
 * schedule: {@link #checkSessions} checks it.
 */
public final class CheckInsFile {

    /** The same limit as the answers file: a 26-week program's check-ins, notes and all, fit in a few KiB. */
    public static final int MAX_BYTES = YamlTree.MAX_CHARS;

    static final String DATE = "date";
    static final String DONE = "done";
    static final String PAIN_DURING = "pain_during";
    static final String PAIN_NEXT_MORNING = "pain_next_morning";
    static final String EFFORT = "effort";
    static final String NOTE = "note";

    private static final List<String> KEYS = List.of(DATE, DONE, PAIN_DURING, PAIN_NEXT_MORNING, EFFORT, NOTE);
    private static final String A_CHECK_IN = "a check-in";
    private static final String CHECKINS = ".checkins.";
    private static final int COMMENT_COLUMN = 26;

    private CheckInsFile() {
    }

    /**
     * Where the check-ins of an answers file are kept when no other file is named: beside it, with
     * {@code .checkins} before the extension ({@code answers.yaml} → {@code answers.checkins.yaml},
     * {@code alex.yml} → {@code alex.checkins.yml}); a name without {@code .yaml} or {@code .yml} gets
     * {@code .checkins.yaml} added.
     */
    public static Path defaultFor(Path answersFile) {
        String name = answersFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        boolean yaml = extension.equalsIgnoreCase("yaml") || extension.equalsIgnoreCase("yml");
        String checkIns = yaml ? name.substring(0, dot) + CHECKINS + extension : name + CHECKINS + "yaml";
        return answersFile.resolveSibling(checkIns);
    }

    /** Whether a file's name says it holds check-ins ({@code *.checkins.yaml} or {@code *.checkins.yml}). */
    public static boolean isCheckInsFile(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(CHECKINS + "yaml") || lower.endsWith(CHECKINS + "yml");
    }

    /**
     * Reads and checks a check-ins file; a file that does not exist is no check-ins yet.
     *
     * @param file the path as the person gave it; messages name it this way
     * @throws AnswersException when the file is unreadable, too large, not UTF-8 text, not YAML, or any entry is
     *     not allowed
     */
    public static CheckIns read(Path file) {
        String label = file.toString();
        Optional<byte[]> bytes = readBytes(file, label);
        return bytes.isEmpty() ? CheckIns.none() : parse(AnswersFile.decode(bytes.get(), label), label);
    }

    /**
     * Checks the text of a check-ins file. Empty text, or text with only comments, is no check-ins.
     *
     * @param fileLabel how messages name the file, e.g. {@code answers.checkins.yaml}
     * @throws AnswersException for every problem, naming the file, the entry and the key
     */
    public static CheckIns parse(String yaml, String fileLabel) {
        JsonNode root = YamlTree.parse(yaml, fileLabel);
        if (root == null) {
            return CheckIns.none();
        }
        if (!root.isArray()) {
            throw new AnswersException(fileLabel + ": is not a YAML list of check-ins (it holds " + Section.show(root)
                    + "); each check-in starts with \"- date:\", oldest first");
        }
        List<CheckIn> entries = new ArrayList<>();
        for (JsonNode node : root) {
            CheckIn checkIn = entry(node, entries.size() + 1, fileLabel);
            if (!entries.isEmpty()) {
                CheckIn before = entries.get(entries.size() - 1);
                if (!before.date().isBefore(checkIn.date())) {
                    throw new AnswersException(fileLabel + ": " + label(entries.size() + 1, checkIn.date()) + ": "
                            + DATE + ": " + (before.date().equals(checkIn.date())
                            ? "is also the date of entry " + entries.size() + "; keep one check-in per session"
                            : "comes before entry " + entries.size() + " (" + before.date()
                                    + "); keep the check-ins oldest first"));
                }
            }
            entries.add(checkIn);
        }
        return new CheckIns(entries);
    }

    /**
     * The check-ins as the file {@link #parse} reads back to equal check-ins: a short header saying what each key
     * means, then the entries oldest first.
     */
    public static String toYaml(CheckIns checkIns) {
        StringBuilder out = new StringBuilder();
        out.append("# footplan check-ins: how each session went, one entry per session, oldest first.\n");
        out.append("# done: false for a missed session. pain_during (required when done) and pain_next_morning"
                + " are 0-10;\n# effort is easy, right or hard; note is free text. `footplan checkin` adds"
                + " entries.\n\n");
        if (checkIns.isEmpty()) {
            return out.append("[]\n").toString();
        }
        for (CheckIn c : checkIns.entries()) {
            line(out, "- ", DATE, c.date().toString(), c == checkIns.entries().get(0) ? "the session's date" : "");
            line(out, "  ", DONE, String.valueOf(c.done()), c.done() ? "" : "missed");
            c.painDuring().ifPresent(p -> line(out, "  ", PAIN_DURING, String.valueOf(p), ""));
            c.painNextMorning().ifPresent(p -> line(out, "  ", PAIN_NEXT_MORNING, String.valueOf(p), ""));
            c.effort().ifPresent(e -> line(out, "  ", EFFORT, e.key(), ""));
            if (!c.note().isEmpty()) {
                line(out, "  ", NOTE, AnswersYaml.quoted(c.note()), "");
            }
        }
        return out.toString();
    }

    /**
     * Writes the check-ins file atomically through {@link AtomicFile}: the previous file is kept as
     * {@code <file>.bak}, missing folders are created, and on failure the old file is left as it was. Never writes
     * a file {@link #read} would refuse.
     *
     * @throws AnswersException when the file cannot be written, or would be too large to read back
     */
    public static void write(Path file, CheckIns checkIns) {
        String label = file.toString();
        String yaml = toYaml(checkIns);
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new AnswersException(label + ": would be larger than 64 KiB, more than footplan reads back;"
                    + " shorten some notes");
        }
        if (!parse(yaml, label).equals(checkIns)) {
            throw new IllegalStateException("the check-ins would not read back the same: " + checkIns);
        }
        try {
            AtomicFile.replace(file, bytes);
        } catch (AtomicFile.Failure e) {
            throw new AnswersException(label + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every check-in is on the date of a session of the program, once the sessions are known.
     *
     * @param sessionDates the local dates of the program's sessions
     * @param file         the check-ins file as the person gave it; the message names it this way
     * @throws AnswersException naming the first check-in whose date has no session, and the sessions nearest to it
     */
    public static void checkSessions(CheckIns checkIns, Collection<LocalDate> sessionDates, Path file) {
        TreeSet<LocalDate> sessions = new TreeSet<>(sessionDates);
        List<CheckIn> entries = checkIns.entries();
        for (int i = 0; i < entries.size(); i++) {
            LocalDate date = entries.get(i).date();
            if (!sessions.contains(date)) {
                List<LocalDate> nearest = new ArrayList<>();
                Optional.ofNullable(sessions.lower(date)).ifPresent(nearest::add);
                Optional.ofNullable(sessions.higher(date)).ifPresent(nearest::add);
                String hint = nearest.isEmpty() ? "the program has no sessions"
                        : "the nearest " + (nearest.size() == 1 ? "session is on " + nearest.get(0)
                        : "sessions are on " + nearest.get(0) + " and " + nearest.get(1));
                throw new AnswersException(file + ": " + label(i + 1, date) + ": " + DATE
                        + ": is not the date of a session of the program; " + hint);
            }
        }
    }

    private static CheckIn entry(JsonNode node, int number, String file) {
        String label = label(number, peekDate(node));
        Section entry = Section.entry(node, file, label, A_CHECK_IN, KEYS);
        LocalDate date = entry.text(DATE, "the session's date, like 2027-01-06", Values::date);
        boolean done = entry.bool(DONE);
        try {
            if (!done) {
                for (String key : List.of(PAIN_DURING, PAIN_NEXT_MORNING, EFFORT)) {
                    if (entry.has(key)) {
                        throw entry.fail(key, "is for a session that was done, and this one was missed (done:"
                                + " false); remove it, or write done: true");
                    }
                }
                return CheckIn.missed(date, note(entry));
            }
            int during = entry.integer(PAIN_DURING, 0, CheckIn.MAX_PAIN);
            Optional<Integer> morning = entry.optionalInteger(PAIN_NEXT_MORNING, 0, CheckIn.MAX_PAIN);
            Optional<Effort> effort = entry.optionalText(EFFORT, Effort.words(), Effort::of);
            return CheckIn.done(date, during, morning.map(OptionalInt::of).orElse(OptionalInt.empty()), effort,
                    note(entry));
        } catch (IllegalArgumentException e) {
            // Every rule of the record is checked above with a better message; this is a last guard.
            throw new AnswersException(file + ": " + label + ": " + e.getMessage(), e);
        }
    }

    private static String note(Section entry) {
        return entry.optionalText(NOTE, "text", CheckIn::note).orElse("");
    }

    /** The entry's date when it has a readable one, so that every message about the entry can show it. */
    private static Optional<LocalDate> peekDate(JsonNode node) {
        JsonNode date = node == null ? null : node.get(DATE);
        if (date == null || !date.isValueNode() || date.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Values.date(date.asText()));
        } catch (BadValue e) {
            return Optional.empty();
        }
    }

    private static String label(int number, Optional<LocalDate> date) {
        return "entry " + number + date.map(d -> " (" + d + ")").orElse("");
    }

    private static String label(int number, LocalDate date) {
        return label(number, Optional.of(date));
    }

    private static void line(StringBuilder out, String indent, String key, String value, String comment) {
        int start = out.length();
        out.append(indent).append(key).append(": ").append(value);
        if (!comment.isEmpty()) {
            out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - (out.length() - start)))).append("# ").append(comment);
        }
        out.append('\n');
    }

    /** The file's bytes, or empty when there is no such file. */
    private static Optional<byte[]> readBytes(Path file, String label) {
        if (Files.isDirectory(file)) {
            throw new AnswersException(label + ": is a folder, not a check-ins file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new AnswersException(label + ": is larger than 64 KiB; a check-ins file is a few KiB");
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new AnswersException(label + ": cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new AnswersException(label + ": cannot be read: " + AtomicFile.reason(e), e);
        }
    }
}
