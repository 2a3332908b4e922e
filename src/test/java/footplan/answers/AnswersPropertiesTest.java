package footplan.answers;

import static footplan.answers.AnswersFixtures.refusal;
import static footplan.answers.AnswersFixtures.validWith;
import static org.assertj.core.api.Assertions.assertThat;

import footplan.GeneratedAnswers;
import footplan.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answers value the other properties are checked on is one the answers file writes and reads back. */
class AnswersPropertiesTest {

    @Test
    void everyAnswersSurviveTheAnswersFileRoundTrip() {
        Samples.forAll(300, GeneratedAnswers.answers(), answers ->
                assertThat(AnswersFile.parse(AnswersFile.toYaml(answers), "answers.yaml")).isEqualTo(answers));
    }

    /** The JDK still has them, but IANA dropped them in 2020, and no calendar can carry them. */
    @ParameterizedTest
    @ValueSource(strings = {"SystemV/EST5EDT", "SystemV/HST10", "SystemV/AST4ADT"})
    void zonesTheIanaDatabaseDroppedAreRefusedUpFront(String zone) {
        assertThat(refusal(validWith("Europe/Berlin", zone)))
                .startsWith("answers.yaml: schedule.timezone: \"" + zone + "\" is not a known time zone");
    }
}
