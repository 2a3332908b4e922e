package footplan.questionnaire;

import footplan.answers.BadValue;
import footplan.answers.TextParser;
import footplan.answers.Values;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers of several words read the same way, with the same hints, whether typed in the terminal or sent by the
 * web form, so both accept and refuse the same things.
 */
final class Typed {

    static final String NONE = "none";

    private Typed() {
    }

    /** Items separated by commas or spaces; {@code none} for no items when that is allowed; no repeats. */
    static <T> List<T> list(String text, boolean noneAllowed, TextParser<T> item) throws BadValue {
        if (noneAllowed && text.strip().equalsIgnoreCase(NONE)) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Set<T> seen = new LinkedHashSet<>();
        for (String word : text.strip().split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            T value = item.parse(word);
            if (!seen.add(value)) {
                throw new BadValue(Values.quote(word) + " is listed twice; list each one once");
            }
            items.add(value);
        }
        if (items.isEmpty()) {
            throw new BadValue("type at least one" + (noneAllowed ? ", or none" : ""));
        }
        return items;
    }

    /** The days, when there are enough of them for the sessions a week. */
    static Set<DayOfWeek> enoughDays(Collection<DayOfWeek> days, int sessions) throws BadValue {
        Set<DayOfWeek> set = enumSet(days, DayOfWeek.class);
        if (set.size() < sessions) {
            throw new BadValue("choose at least " + sessions + " days for " + sessions + " sessions a week");
        }
        return set;
    }

    static <E extends Enum<E>> Set<E> enumSet(Collection<E> items, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(items);
        return set;
    }
}
