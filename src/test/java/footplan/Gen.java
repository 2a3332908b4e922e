package footplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of random values for property tests, driven by a seeded {@link SplittableRandom} so the same seed
 * always gives the same values. {@link Samples} runs properties over them.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** A list of {@code min} to {@code max} values. */
    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int size = random.nextInt(min, max + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static Gen<Integer> ints(int low, int high) {
        return random -> random.nextInt(low, high + 1);
    }

    static Gen<Boolean> bool() {
        return SplittableRandom::nextBoolean;
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return oneOf(Arrays.asList(values));
    }

    static <T> Gen<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** One of the generators, picked with the given weights: {@code weighted(3, a, 1, b)} is a three times in four. */
    static <T> Gen<T> weighted(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b) {
        return random -> random.nextInt(weightA + weightB) < weightA ? a.next(random) : b.next(random);
    }

    /** A subset of at least {@code min} of the values, each other value in it with even odds. */
    static <E extends Enum<E>> Gen<Set<E>> subset(Class<E> type, int min) {
        return random -> {
            List<E> shuffled = new ArrayList<>(EnumSet.allOf(type));
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            Set<E> subset = EnumSet.noneOf(type);
            for (E value : shuffled) {
                if (subset.size() < min || random.nextBoolean()) {
                    subset.add(value);
                }
            }
            return subset;
        };
    }

    /** Text of up to {@code maxLength} characters drawn from {@code alphabet}. */
    static Gen<String> text(String alphabet, int maxLength) {
        int[] chars = alphabet.codePoints().toArray();
        return random -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxLength + 1);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(chars[random.nextInt(chars.length)]);
            }
            return text.toString();
        };
    }
}
