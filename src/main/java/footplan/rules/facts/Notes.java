package footplan.rules.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds keywords in free-text footwear notes, as whole words and ignoring case. */
public final class Notes {

    private Notes() {
    }

    /**
     * The first of the given words found in the notes, as a one-element list (empty when none), so a
     * rule can bind it with {@code from}.
     *
     * @param alternatives a regular-expression alternation such as {@code "heels?|stilettos?"}
     */
    public static List<String> firstMention(String notes, String alternatives) {
        Matcher m = Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(notes);
        return m.find() ? List.of(m.group(1).toLowerCase(Locale.ROOT)) : List.of();
    }
}
