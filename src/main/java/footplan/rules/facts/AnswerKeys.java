package footplan.rules.facts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers a reason rests on, as it names them in brackets, e.g. {@code (pain.areas)} or
 * {@code (pain 3/10, pain.level)}: every rule gives its facts such a reason, so a decision made from other facts
 * can name the answers behind them.
 */
public final class AnswerKeys {

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern KEY = Pattern.compile(
            "\\b(?:(?:pain|safety|footwear|abilities|schedule)\\.[a-z_]+|equipment|session_minutes)\\b");

    private AnswerKeys() {
    }

    /** The answer keys a reason names in brackets, in the order it names them, each once. */
    public static List<String> in(String reason) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher brackets = BRACKETS.matcher(reason);
        while (brackets.find()) {
            Matcher key = KEY.matcher(brackets.group(1));
            while (key.find()) {
                keys.add(key.group());
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The answer keys the reasons of these facts name, in brackets with a space before, e.g. {@code " (pain.areas,
     * footwear.running)"}; empty when they name none. For rules, which collect the facts as lists.
     */
    @SafeVarargs
    public static String of(Collection<?>... facts) {
        Set<String> keys = new LinkedHashSet<>();
        for (Collection<?> group : facts) {
            for (Object fact : group) {
                if (fact instanceof Reasoned reasoned) {
                    keys.addAll(in(reasoned.reason()));
                }
            }
        }
        return keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")";
    }
}
