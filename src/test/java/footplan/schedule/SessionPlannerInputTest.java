package footplan.schedule;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import footplan.UserInputException;

class SessionPlannerInputTest {

    @Test
    void aProgramBeforeTheYearsQuartzCanPlanIsABadAnswerNotAnEmptyPlan() {
        UserInputException error = assertThrows(UserInputException.class, () -> SessionPlanner.plan(
                Schedules.schedule(2, "mon,thu", "07:30", "Europe/Berlin", "1969-12-01", 4)));

        assertTrue(error.getMessage().startsWith("schedule.start: 1969-12-01 is out of range"), error.getMessage());
    }
}
