package footplan.plan;

import java.io.PrintStream;
import java.util.Locale;

/**
 * With {@code FOOTPLAN_TRACE=1}, a line on standard error at each step of a run: milliseconds since {@code main}
 * began, the thread, the step (the JVM's own start, before {@code main}, is not in it), to show where the time of
 * a cold start goes (see the README's performance section). The timings never reach a plan, a report or a calendar.
 */
public final class Trace {

    private static final boolean ON = "1".equals(System.getenv("FOOTPLAN_TRACE"));
    private static final long START = System.nanoTime();
    private static final PrintStream ERR = System.err;

    private Trace() {
    }

    public static void mark(String step) {
        if (ON) {
            ERR.println(String.format(Locale.ROOT, "footplan trace %7.1f ms  %-18s %s", (System.nanoTime() - START) / 1e6,
                    Thread.currentThread().getName(), step));
        }
    }
}
