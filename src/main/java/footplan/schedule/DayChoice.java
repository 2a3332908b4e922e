package footplan.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The weekdays chosen for sessions, Monday first.
 *
 * <p>Chosen to spread sessions over the week: the gaps between consecutive session days, going round the
 * week, are compared smallest first (the smallest gap as large as possible, then the next smallest, ...), so a
 * rest day between every two sessions wins whenever the allowed days permit it, and otherwise the fewest
 * back-to-back sessions. Remaining ties go to the earliest days, Monday first.
 *
 * @param days the chosen days in Monday-first order
 */
record DayChoice(List<DayOfWeek> days) {

    private static final int WEEK = 7;
    /** A gap of 2 days leaves one rest day between two sessions. */
    static final int REST_GAP = 2;

    DayChoice {
        days = List.copyOf(days);
    }

    static DayChoice choose(Set<DayOfWeek> allowed, int count) {
        Comparator<int[]> spreadThenEarliest = Comparator.<int[], int[]>comparing(DayChoice::sortedGaps, Arrays::compare)
                .reversed()
                .thenComparing(combination -> combination, Arrays::compare);
        int[] best = combinations(allowed, count).stream().min(spreadThenEarliest)
                .orElseThrow(() -> new IllegalArgumentException(
                        "need at least " + count + " allowed days, got " + allowed.size()));
        return new DayChoice(Arrays.stream(best).mapToObj(index -> DayOfWeek.of(index + 1)).toList());
    }

    /** Days from each chosen day to the next one, going round the week; they add up to 7. */
    int[] gaps() {
        int[] indexes = days.stream().mapToInt(day -> day.getValue() - 1).toArray();
        return gaps(indexes);
    }

    /**
     * A note naming the days whose sessions come back to back, when the allowed days leave no room for a rest
     * day between every two sessions.
     */
    Optional<String> restDayNote() {
        List<List<DayOfWeek>> runs = backToBackRuns();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = runs.stream().map(Texts::days).toList();
        return Optional.of("Sessions on " + String.join("; on ", named)
                + " have no rest day between them: the allowed days do not leave room for one.");
    }

    /** Maximal runs of chosen days one day apart, in week order, a run may wrap from Sunday to Monday. */
    private List<List<DayOfWeek>> backToBackRuns() {
        int[] gaps = gaps();
        int size = days.size();
        // Start right after a gap with a rest day, so that no run is cut in two by the end of the week.
        int first = IntStream.range(0, size).filter(i -> gaps[Math.floorMod(i - 1, size)] >= REST_GAP)
                .findFirst().orElse(0);
        List<List<DayOfWeek>> runs = new ArrayList<>();
        List<DayOfWeek> run = new ArrayList<>();
        for (int step = 0; step < size; step++) {
            int i = (first + step) % size;
            run.add(days.get(i));
            if (gaps[i] >= REST_GAP) {
                if (run.size() > 1) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
        }
        if (run.size() > 1) {
            runs.add(run);
        }
        return runs;
    }

    private static List<int[]> combinations(Set<DayOfWeek> allowed, int count) {
        int allowedMask = allowed.stream().mapToInt(day -> 1 << (day.getValue() - 1)).reduce(0, (a, b) -> a | b);
        List<int[]> combinations = new ArrayList<>();
        for (int mask = 0; mask < 1 << WEEK; mask++) {
            if ((mask & ~allowedMask) == 0 && Integer.bitCount(mask) == count) {
                int bits = mask;
                combinations.add(IntStream.range(0, WEEK).filter(i -> (bits & 1 << i) != 0).toArray());
            }
        }
        return combinations;
    }

    private static int[] sortedGaps(int[] combination) {
        int[] gaps = gaps(combination);
        Arrays.sort(gaps);
        return gaps;
    }

    private static int[] gaps(int[] ascending) {
        int size = ascending.length;
        int[] gaps = new int[size];
        for (int i = 0; i < size; i++) {
            gaps[i] = Math.floorMod(ascending[(i + 1) % size] - ascending[i] - 1, WEEK) + 1;
        }
        return gaps;
    }
}
