package footplan.cli;

import footplan.plan.Trace;

/** Starts footplan; the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        if ("1".equals(System.getenv("FOOTPLAN_DEBUG"))) {
            // Library logs are off by default (simplelogger.properties); a debug run wants them on stderr.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        } else {
            // A batch plans on several threads; when a library logs while another thread is still setting SLF4J
            // up, SLF4J itself says so on standard error.
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int code = Footplan.commandLine(Environment.system()).execute(args);
        Trace.mark("exit " + code);
        System.exit(code);
    }
}
