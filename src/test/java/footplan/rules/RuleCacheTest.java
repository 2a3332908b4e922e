package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: used when the rules are the same, never when they changed or the entry is unsound. */
class RuleCacheTest {

    private static final List<String> EXAMPLES = List.of("examples/knee-runner.yaml", "examples/office-heels.yaml",
            "examples/hip-no-floor.yaml", "examples/referral.yaml");

    @TempDir
    Path temp;

    private Path rules() throws IOException {
        Path copy = temp.resolve("rules");
        if (Files.isDirectory(copy)) {
            return copy;
        }
        Rules.copyTo(copy);
        // Not the shipped rules to the letter, or the built-in executable model would serve them instead.
        Files.writeString(copy.resolve("advice.drl"), "\n// a local copy\n", java.nio.file.StandardOpenOption.APPEND);
        return copy;
    }

    private RuleCache cache() {
        return RuleCache.in(temp.resolve("cache"));
    }

    private List<Path> entries() throws IOException {
        Path folder = temp.resolve("cache");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private Path onlyEntry() throws IOException {
        assertThat(entries()).hasSize(1);
        return entries().get(0);
    }

    private static List<Routine> routines(RuleBook book) {
        return EXAMPLES.stream().map(Path::of).map(AnswersFile::read).map(book::prescribe).toList();
    }

    @Test
    void theSecondLoadReadsTheCacheAndPlansExactlyAsTheCompiledRules() throws IOException {
        RuleBook compiled = RuleBook.fromFolder(rules(), cache());
        RuleBook cached = RuleBook.fromFolder(rules(), cache());

        assertThat(compiled.fromCache()).isFalse();
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.ruleNames()).isEqualTo(compiled.ruleNames());
        assertThat(cached.catalogue()).isEqualTo(compiled.catalogue());
        assertThat(routines(cached)).isEqualTo(routines(compiled)).isEqualTo(routines(Rules.BOOK));
    }

    @Test
    void theBuiltInRulesNeedNoEntry() throws IOException {
        RuleBook book = RuleBook.bundled(cache());

        assertThat(book.origin()).isEqualTo(RuleBook.Origin.BUILT_IN_MODEL); // see BuiltInModelTest
        assertThat(entries()).isEmpty();
        assertThat(routines(book)).isEqualTo(routines(Rules.BOOK));
    }

    @Test
    void anEditedRuleFileIsCompiledAgainAndItsChangeTakesEffect() throws IOException {
        RuleBook.fromFolder(rules(), cache());
        Path advice = rules().resolve("selection.drl");
        Files.writeString(advice, Files.readString(advice).replace("the article recommends", "the article advises"));

        RuleBook edited = RuleBook.fromFolder(rules(), cache());

        assertThat(edited.fromCache()).isFalse();
        Answers knee = AnswersFile.read(Path.of("examples/knee-runner.yaml"));
        assertThat(edited.prescribe(knee).explanations().toString()).contains("the article advises")
                .doesNotContain("the article recommends this exercise to help heal knee pain");
        assertThat(RuleBook.fromFolder(rules(), cache()).fromCache()).isTrue();
    }

    @Test
    void anEditedCatalogueGivesANewEntry() throws IOException {
        RuleBook.fromFolder(rules(), cache());
        Path catalogue = rules().resolve("exercises.yaml");
        Files.writeString(catalogue, Files.readString(catalogue) + "\n# a comment\n");

        assertThat(RuleBook.fromFolder(rules(), cache()).fromCache()).isFalse();
        assertThat(entries()).hasSize(2);
    }

    @Test
    void rulesWithAnErrorAreReportedEveryTimeAndNeverStored() throws IOException {
        Path safety = rules().resolve("safety.drl");
        Files.writeString(safety, Files.readString(safety).replace("Pain(level >= 8", "Pain(levl >= 8"));

        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> RuleBook.fromFolder(rules(), cache()))
                    .isInstanceOf(RulesException.class)
                    .hasMessageMatching(java.util.regex.Pattern.quote(safety.toString()) + ":\\d+: .*levl.*");
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void aTruncatedEntryIsIgnoredAndReplaced() throws IOException {
        RuleBook.fromFolder(rules(), cache());
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        RuleBook again = RuleBook.fromFolder(rules(), cache());

        assertThat(again.fromCache()).isFalse();
        assertThat(routines(again)).isEqualTo(routines(Rules.BOOK));
        assertThat(Files.size(onlyEntry())).as("the truncated entry was replaced").isGreaterThan(bytes.length / 2);
        assertThat(RuleBook.fromFolder(rules(), cache()).fromCache()).isTrue();
    }

    @Test
    void anEntryWithOneByteChangedIsIgnored() throws IOException {
        RuleBook.fromFolder(rules(), cache());
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 100] ^= 0x20;
        Files.write(entry, bytes);

        RuleBook again = RuleBook.fromFolder(rules(), cache());

        assertThat(again.fromCache()).isFalse();
        assertThat(routines(again)).isEqualTo(routines(Rules.BOOK));
    }

    @Test
    void anEntryOfGarbageIsIgnored() throws IOException {
        RuleBook.fromFolder(rules(), cache());
        Files.writeString(onlyEntry(), "not a rule book at all");

        assertThat(RuleBook.fromFolder(rules(), cache()).fromCache()).isFalse();
    }

    @Test
    void aSoundEntryHoldingSomethingElseThanRulesIsNotRead() throws IOException {
        RuleCache.Key key = RuleCache.key(RuleSource.fromFolder(rules())).orElseThrow();
        Path entry = cache().entry(key);
        Files.createDirectories(entry.getParent());
        Files.write(entry, RuleCache.entry(key, new java.util.ArrayList<>(List.of(TextNode.valueOf("hello")))));

        RuleBook book = RuleBook.fromFolder(rules(), cache());

        assertThat(book.fromCache()).isFalse();
        assertThat(routines(book)).isEqualTo(routines(Rules.BOOK));
    }

    @Test
    void anEntryStoredUnderAnotherKeyIsNotRead() throws IOException {
        RuleCache.Key key = RuleCache.key(RuleSource.fromFolder(rules())).orElseThrow();
        Path other = Rules.copyTo(temp.resolve("other"));
        Files.writeString(other.resolve("advice.drl"), "// another copy\n", java.nio.file.StandardOpenOption.APPEND);
        RuleBook.fromFolder(other, cache());
        Files.move(onlyEntry(), cache().entry(key));

        assertThat(RuleBook.fromFolder(rules(), cache()).fromCache()).isFalse();
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsACompile() throws IOException {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be");

        RuleBook first = RuleBook.fromFolder(rules(), RuleCache.in(blocked));
        RuleBook second = RuleBook.fromFolder(rules(), RuleCache.in(blocked));

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isFalse();
        assertThat(routines(second)).isEqualTo(routines(Rules.BOOK));
    }

    @Test
    void noCacheMeansNoFiles() throws IOException {
        RuleBook.fromFolder(rules(), RuleCache.none());

        assertThat(RuleBook.fromFolder(rules(), RuleCache.none()).fromCache()).isFalse();
        assertThat(RuleCache.none().folder()).isEmpty();
        assertThat(entries()).isEmpty();
    }

    @Test
    void theKeyDependsOnEveryRuleFileAndItsName() throws IOException {
        RuleSource source = RuleSource.fromFolder(rules());
        RuleCache.Key key = RuleCache.key(source).orElseThrow();
        List<RuleSource.RuleFile> files = source.drlFiles();
        RuleSource.RuleFile last = files.get(files.size() - 1);
        List<RuleSource.RuleFile> renamed = new java.util.ArrayList<>(files.subList(0, files.size() - 1));
        renamed.add(new RuleSource.RuleFile(last.displayName() + "x", last.text()));
        List<RuleSource.RuleFile> edited = new java.util.ArrayList<>(files.subList(0, files.size() - 1));
        edited.add(new RuleSource.RuleFile(last.displayName(), last.text() + " "));

        assertThat(RuleCache.key(new RuleSource(source.label(), source.catalogue(), files))).contains(key);
        assertThat(RuleCache.key(new RuleSource(source.label(), source.catalogue(), renamed))).isNotEqualTo(
                java.util.Optional.of(key));
        assertThat(RuleCache.key(new RuleSource(source.label(), source.catalogue(), edited))).isNotEqualTo(
                java.util.Optional.of(key));
        assertThat(RuleCache.key(new RuleSource(source.label(), source.catalogue() + " ", files))).isNotEqualTo(
                java.util.Optional.of(key));
    }
}
