package footplan;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Property tests without a framework: a bounded number of samples from a {@link Gen}, the same ones on every run
 * because the seed is fixed, and a failure that names the seed and the sample so it can be run again.
 *
 * <p>The seed is {@value #DEFAULT_SEED} unless {@code -Dfootplan.seed=N} gives another; CI always runs the default,
 * so it checks the same samples every time. To look at other samples locally:
 * {@code mvn -o test -Dtest='*PropertiesTest' -Dfootplan.seed=123}.
 */
public final class Samples {

    public static final long DEFAULT_SEED = 20261201L;

    private Samples() {
    }

    public static long seed() {
        return Long.getLong("footplan.seed", DEFAULT_SEED);
    }

    /** {@code count} samples; sample i depends only on the seed and i, so each can be made again on its own. */
    public static <T> List<T> of(int count, Gen<T> gen) {
        List<T> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(sample(gen, i));
        }
        return samples;
    }

    public static <T> T sample(Gen<T> gen, int index) {
        return gen.next(new SplittableRandom(seed() * 1_000_003L + index));
    }

    /**
     * Checks a property on every sample. The first sample it fails for is reported with its index, the seed and
     * the sample itself, followed by the original failure.
     */
    public static <T> void forAll(List<T> samples, Consumer<? super T> property) {
        for (int i = 0; i < samples.size(); i++) {
            T sample = samples.get(i);
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for sample " + i + " of " + samples.size() + " (seed "
                        + seed() + "; run again with -Dfootplan.seed=" + seed() + "):\n" + sample + "\n" + e, e);
            }
        }
    }

    /** {@link #forAll} over {@code count} fresh samples. */
    public static <T> void forAll(int count, Gen<T> gen, Consumer<? super T> property) {
        forAll(of(count, gen), property);
    }
}
