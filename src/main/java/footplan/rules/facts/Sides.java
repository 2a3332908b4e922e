package footplan.rules.facts;

import java.util.List;

/** Reads the adaptations of one exercise for what the dosage rules need. */
public final class Sides {

    private Sides() {
    }

    public static boolean bothFeetTogether(List<Adaptation> adaptations) {
        return adaptations.stream().anyMatch(Adaptation::bothFeetTogether);
    }
}
