package footplan.answers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where it hurts and how much on a typical day.
 *
 * @param areas        any of back, hip and knee; empty for prevention only
 * @param level        0 (none) to 10 (worst imaginable)
 * @param legRadiating pain that travels down the leg, like sciatica
 */
public record Pain(Set<PainArea> areas, int level, boolean legRadiating) {

    public static final int MAX_LEVEL = 10;

    public Pain {
        areas = Collections.unmodifiableSet(areas.isEmpty() ? EnumSet.noneOf(PainArea.class) : EnumSet.copyOf(areas));
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("pain level must be 0-10, was " + level);
        }
    }
}
