package footplan.cli;

import java.util.List;

/** Starts footplan; the only place that exits the process. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if ("1".equals(System.getenv("FOOTPLAN_DEBUG"))) {
            // Library logs are off by default (simplelogger.properties); a debug run wants them on stderr.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        RulesPrefetch.start(List.of(args), Environment.ruleCache(System.getenv(), System.getProperty("user.home")));
        System.exit(Footplan.commandLine(Environment.system()).execute(args));
    }
}
