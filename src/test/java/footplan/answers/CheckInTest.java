package footplan.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The records of a check-in refuse what the file refuses, for check-ins made in code (the checkin command). */
class CheckInTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 6);

    @Test
    void aDoneSessionNeedsItsPainAndAMissedOneHasNone() {
        assertThatThrownBy(() -> new CheckIn(DAY, true, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckIn(DAY, false, OptionalInt.empty(), OptionalInt.of(2), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckIn(DAY, false, OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(Effort.HARD), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void painIsZeroToTen() {
        assertThat(CheckIn.done(DAY, 10, OptionalInt.of(0), Optional.empty(), "").painDuring()).hasValue(10);
        assertThatThrownBy(() -> CheckIn.done(DAY, 11, OptionalInt.empty(), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckIn.done(DAY, 3, OptionalInt.of(-1), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoteIsStrippedAndNeverNull() {
        assertThat(CheckIn.missed(DAY, null).note()).isEmpty();
        assertThat(CheckIn.missed(DAY, "  ill \n").note()).isEqualTo("ill");
        assertThatThrownBy(() -> CheckIn.missed(DAY, "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValuesReadTheWayTheCommandWillAskForThem() throws BadValue {
        assertThat(Effort.of(" Right ")).isEqualTo(Effort.RIGHT);
        assertThat(CheckIn.pain("7")).isEqualTo(7);
        assertThatThrownBy(() -> CheckIn.pain("eleven")).isInstanceOf(BadValue.class)
                .hasMessage("\"eleven\" is not a whole number; allowed 0-10");
        assertThatThrownBy(() -> Effort.of("esay")).hasMessage("\"esay\" is not an effort; allowed: easy, right, hard"
                + " (did you mean easy?)");
    }

    @Test
    void checkInsAreSortedAndOnePerDate() {
        CheckIn first = CheckIn.missed(DAY, "");
        CheckIn second = CheckIn.done(DAY.plusDays(2), 1, OptionalInt.empty(), Optional.empty(), "");
        CheckIns checkIns = new CheckIns(List.of(second, first));

        assertThat(checkIns.entries()).containsExactly(first, second);
        assertThatThrownBy(() -> CheckIns.of(first, CheckIn.missed(DAY, "again")))
                .isInstanceOf(IllegalArgumentException.class);
        CheckIn corrected = CheckIn.done(DAY, 2, OptionalInt.empty(), Optional.empty(), "did it after all");
        assertThat(checkIns.with(corrected).entries()).containsExactly(corrected, second);
        assertThat(checkIns.without(DAY).entries()).containsExactly(second);
        assertThat(checkIns.on(DAY.plusDays(2))).contains(second);
    }
}
