package footplan.ics;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.Gen;
import footplan.Samples;
import java.util.List;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import org.junit.jupiter.api.Test;

/** The one-pass DESCRIPTION writes exactly what iCal4j's own Description writes, for any text. */
class FastDescriptionTest {

    /** Texts made of everything TEXT escaping treats specially, mixed with ordinary and non-ASCII characters. */
    private static final Gen<String> TEXTS = random -> {
        List<String> pieces = List.of("\\", "\n", "\r", "\r\n", ",", ";", ":", "\"", "a", "Heel raises ", "ë", "·",
                "🦶", " ", "\\n", "\\,", "\t");
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(0, 60);
        for (int i = 0; i < length; i++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    };

    @Test
    void writesEveryTextAsIcal4jWritesIt() {
        Samples.forAll(2000, TEXTS,
                text -> assertThat(new FastDescription(text).toString()).isEqualTo(new Description(text).toString()));
    }

    @Test
    void writesASessionDescriptionAsIcal4jWritesIt() {
        String text = "Week 1 · about 20 minutes\n\n1. Heel raises (standing)\nDose: 2 sets of 10; slow, controlled"
                + "\n- C:\\path\r\nend";

        assertThat(new FastDescription(text).toString()).isEqualTo(new Description(text).toString())
                .isEqualTo("DESCRIPTION:Week 1 · about 20 minutes\\n\\n1. Heel raises (standing)\\nDose: 2 sets of"
                        + " 10\\; slow\\, controlled\\n- C:\\\\path\\nend\r\n");
    }

    @Test
    void aDescriptionWithoutTextIsWrittenAsIcal4jWritesIt() {
        assertThat(new FastDescription(null).toString()).isEqualTo(new Description(null).toString());
    }

    /** Equal by text to another built the same way; to one iCal4j read, only by its text (see {@link Lookups}). */
    @Test
    void isEqualToAnotherDescriptionOfTheSameText() {
        assertThat(new FastDescription("a, b")).isEqualTo(new FastDescription("a, b"))
                .hasSameHashCodeAs(new FastDescription("a, b")).isNotEqualTo(new FastDescription("a; b"));
        assertThat(new FastDescription("a, b").toString()).isEqualTo(new Description("a, b").toString());
    }

    /** The line is kept between writes, but never outlives the value or the parameters it was written from. */
    @Test
    void aKeptLineFollowsAChangedValueOrANewParameter() {
        var description = new FastDescription("a, b");
        assertThat(description.toString()).isEqualTo(new Description("a, b").toString());

        description.setValue(new String("a, b; c".toCharArray()));
        assertThat(description.toString()).isEqualTo(new Description("a, b; c").toString());
        description.setValue(new String("a, b; c".toCharArray())); // equal text, another string
        assertThat(description.toString()).isEqualTo(new Description("a, b; c").toString());

        description.add(new Language("en"));
        assertThat(description.toString()).isEqualTo(
                new Description(new ParameterList(List.of(new Language("en"))), "a, b; c").toString());
    }

    @Test
    void aDescriptionWithParametersIsWrittenByIcal4jItself() {
        var description = new FastDescription("a, b");
        description.add(new Language("en"));

        assertThat(description.toString()).isEqualTo(
                new Description(new ParameterList(List.of(new Language("en"))), "a, b").toString());
    }
}
