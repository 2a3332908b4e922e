package footplan.answers;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed word someone most likely meant when they mistyped it. */
final class Suggest {

    private static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /**
     * The option that {@code given} is a near miss of: the same word in another spelling convention
     * ({@code legRadiating}, {@code Leg-Radiating}) or at most two typing slips away.
     */
    static Optional<String> closest(String given, Collection<String> options) {
        String normal = normalize(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int distance = normal.equals(normalize(option)) ? 0 : distance(normal, option.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = option;
                bestDistance = distance;
            }
        }
        boolean near = best != null && bestDistance <= MAX_DISTANCE && bestDistance * 2 < best.length();
        return near ? Optional.of(best) : Optional.empty();
    }

    /** " did you mean X?" or nothing. */
    static String hint(String given, Collection<String> options) {
        return closest(given, options).map(s -> " did you mean " + s + "?").orElse("");
    }

    private static String normalize(String word) {
        String snake = word.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return snake.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Edit distance where swapping two neighbouring letters counts as one slip. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
