package footplan.answers;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the allowed word someone most likely meant when they mistyped it. */
final class Suggest {

    private static final int MAX_DISTANCE = 2;
    /** The most zones one hint names: a city in two regions, such as Istanbul. */
    private static final int MAX_ZONES = 3;
    /** The regions of the IANA database that are places; ids like US/Pacific are old aliases. */
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    /**
     * What people write for their zone instead of an id: the abbreviations clocks and invitations show. Each
     * goes to the zone most people who write it live in; IST is also Israel's and Ireland's, CST China's.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("est", "America/New_York"), Map.entry("edt", "America/New_York"),
            Map.entry("cst", "America/Chicago"), Map.entry("cdt", "America/Chicago"),
            Map.entry("mst", "America/Denver"), Map.entry("mdt", "America/Denver"),
            Map.entry("pst", "America/Los_Angeles"), Map.entry("pdt", "America/Los_Angeles"),
            Map.entry("akst", "America/Anchorage"), Map.entry("akdt", "America/Anchorage"),
            Map.entry("hst", "Pacific/Honolulu"),
            Map.entry("gmt", "Europe/London"), Map.entry("bst", "Europe/London"),
            Map.entry("cet", "Europe/Berlin"), Map.entry("cest", "Europe/Berlin"),
            Map.entry("eet", "Europe/Athens"), Map.entry("eest", "Europe/Athens"),
            Map.entry("ist", "Asia/Kolkata"), Map.entry("jst", "Asia/Tokyo"),
            Map.entry("aest", "Australia/Sydney"), Map.entry("aedt", "Australia/Sydney"),
            Map.entry("nzst", "Pacific/Auckland"), Map.entry("nzdt", "Pacific/Auckland"),
            Map.entry("utc", "UTC"), Map.entry("z", "UTC"));

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

    /**
     * The zone ids that {@code given}, which is not one, most likely means: the same id in another case or
     * with spaces for underscores ({@code america/new york}), a common abbreviation ({@code EST}), a city's
     * name ({@code New York}, {@code auckland}), or a near miss of an id or a city ({@code Europe/Berln},
     * {@code Berln}). Empty when nothing is close.
     */
    static List<String> zones(String given, Collection<String> zones) {
        String normal = zoneKey(given);
        if (normal.isEmpty()) {
            return List.of();
        }
        List<String> sameId = zones.stream().filter(z -> zoneKey(z).equals(normal)).collect(Collectors.toList());
        if (!sameId.isEmpty()) {
            return best(sameId);
        }
        String abbreviation = ABBREVIATIONS.get(normal);
        if (abbreviation != null && zones.contains(abbreviation)) {
            return List.of(abbreviation);
        }
        String city = normal.substring(normal.lastIndexOf('/') + 1);
        List<String> sameCity = zones.stream().filter(z -> city(z).equals(city)).collect(Collectors.toList());
        if (!sameCity.isEmpty()) {
            return best(sameCity);
        }
        Optional<String> nearId = closest(given, zones);
        if (nearId.isPresent()) {
            return nearId.map(List::of).orElseThrow();
        }
        List<String> nearCity = zones.stream().filter(z -> near(city, city(z))).collect(Collectors.toList());
        return best(nearCity);
    }

    /** " did you mean X?", " did you mean X or Y?", or nothing. */
    static String zoneHint(String given, Collection<String> zones) {
        List<String> meant = zones(given, zones);
        return meant.isEmpty() ? "" : " did you mean " + String.join(" or ", meant) + "?";
    }

    /** Of several ids for one place, the ones under a region such as Europe, the most specific first. */
    private static List<String> best(List<String> ids) {
        List<String> places = ids.stream().filter(id -> REGIONS.contains(id.split("/")[0]))
                .collect(Collectors.toList());
        List<String> chosen = places.isEmpty() ? ids : places;
        int depth = chosen.stream().mapToInt(Suggest::depth).max().orElse(0);
        return chosen.stream().filter(id -> depth(id) == depth).sorted(Comparator.naturalOrder())
                .limit(MAX_ZONES).collect(Collectors.toList());
    }

    private static int depth(String id) {
        return id.split("/").length;
    }

    /** The last part of a zone id, the city, as {@link #zoneKey} writes it: {@code new_york}. */
    private static String city(String id) {
        String key = zoneKey(id);
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /** An id or a name with case, dots, spaces, hyphens and underscores ignored: {@code america/new_york}. */
    private static String zoneKey(String text) {
        String lower = text.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return lower.replaceAll("[.']", "").replaceAll("\\s*/\\s*", "/").replaceAll("[\\s_-]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static boolean near(String given, String option) {
        int distance = distance(given, option);
        return distance <= MAX_DISTANCE && distance * 2 < option.length();
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
