package footplan.answers;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.Gen;
import footplan.Samples;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Every check-ins value the checkin command can make is one the file writes and reads back the same, and every
 * damaged file is refused with one line naming the file, never anything else.
 */
class CheckInsPropertiesTest {

    private static final String FILE = "answers.checkins.yaml";
    /** Quotes, backslashes, line breaks YAML knows of, a BOM, letters of other scripts, an emoji. */
    private static final String NOTE_CHARACTERS = "ab cd\"'\\\n\t:#-[]{}&*!|>%@`\u00e4\u00df\u6f22\u05e9"
            + "\u2028\u2029\u00a0\ufeff\ud83e\uddb6";

    static Gen<CheckIns> checkIns() {
        return random -> {
            List<CheckIn> entries = new ArrayList<>();
            LocalDate date = LocalDate.of(Values.MIN_YEAR, 1, 1).plusDays(random.nextInt(36_000));
            int count = random.nextInt(30);
            for (int i = 0; i < count && date.getYear() <= Values.MAX_YEAR; i++) {
                String note = Gen.text(NOTE_CHARACTERS, 40).next(random);
                if (random.nextInt(5) == 0) {
                    entries.add(CheckIn.missed(date, note));
                } else {
                    OptionalInt morning = random.nextBoolean() ? OptionalInt.of(random.nextInt(11)) : OptionalInt.empty();
                    Optional<Effort> effort = random.nextBoolean() ? Optional.empty()
                            : Optional.of(Effort.values()[random.nextInt(3)]);
                    entries.add(CheckIn.done(date, random.nextInt(11), morning, effort, note));
                }
                date = date.plusDays(1 + random.nextInt(4));
            }
            return new CheckIns(entries);
        };
    }

    @Test
    void everyCheckInsSurviveTheFileRoundTrip() {
        Samples.forAll(300, checkIns(), checkIns ->
                assertThat(CheckInsFile.parse(CheckInsFile.toYaml(checkIns), FILE)).isEqualTo(checkIns));
    }

    @Test
    void aDamagedFileIsRefusedInOneLineNamingTheFile() {
        Samples.forAll(200, checkIns().flatMap(c -> random -> {
            byte[] bytes = CheckInsFile.toYaml(c).getBytes(StandardCharsets.UTF_8);
            int cut = random.nextInt(bytes.length + 1);
            byte[] damaged = java.util.Arrays.copyOf(bytes, cut);
            for (int i = 0; i < random.nextInt(3) && damaged.length > 0; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            return new String(damaged, StandardCharsets.UTF_8);
        }), text -> {
            try {
                CheckInsFile.parse(text, FILE);
            } catch (AnswersException e) {
                AnswersFixtures.cleanMessage(e, FILE);
            }
        });
    }
}
