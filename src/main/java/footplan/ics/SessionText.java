package footplan.ics;

import footplan.rules.PlannedExercise;
import footplan.rules.WeekRoutine;
import java.util.List;


/** The words of an event: its summary, the session's exercises for DESCRIPTION, and the reminder text. */
final class SessionText {

    private SessionText() {
    }

    /** E.g. "Foot routine · week 2, session 1"; the session number is the slot + 1. */
    static String summary(int week, int slot) {
        return "Foot routine · week " + week + ", session " + (slot + 1); // not String.format: see Uids.of
    }

    static String reminder(int week, int slot, int minutes) {
        return summary(week, slot) + " starts in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /**
     * The session's exercises in order (it names the week but not the program length, so that shortening the
     * program does not change the weeks that stay), each with its position, dose, adaptation and steps, then the
     * routine's cautions, each in its own paragraph: the one a calendar app shows last says when to stop.
     *
     * <pre>
     * Week 2 · about 20 minutes
     *
     * 1. Heel raises (standing)
     * Dose: 2 sets of 10 raises, each leg
     * Adaptation: hold the chair with both hands
     * - Stand tall behind a chair.
     * - ...
     *
     * Move slowly and stop any exercise that makes your pain worse. ...
     * </pre>
     *
     * @param cautions the rules' own sentences ({@link footplan.rules.Routine#cautions}), never words of ours
     */
    static String description(WeekRoutine week, List<String> cautions) {
        var text = new StringBuilder(4096).append("Week ").append(week.week()).append(" · about ")
                .append(week.minutes()).append(" minutes");
        int number = 1;
        for (var exercise : week.exercises()) {
            text.append("\n\n").append(number++).append(". ");
            appendExercise(text, exercise);
        }
        cautions.forEach(caution -> text.append("\n\n").append(caution));
        return text.toString();
    }

    private static void appendExercise(StringBuilder text, PlannedExercise exercise) {
        text.append(exercise.name()).append(" (").append(exercise.position().label()).append(')');
        text.append("\nDose: ").append(exercise.dosage());
        if (exercise.adapted()) {
            text.append("\nAdaptation: ").append(exercise.adaptation());
        }
        for (var step : exercise.steps()) {
            text.append("\n- ").append(step);
        }
    }
}
