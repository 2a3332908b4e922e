package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line Main builds: every command, listed by help in a fixed order. */
class CommandLineTest {

    private static final String[] ALL = {"questionnaire", "plan", "checkin", "sync", "serve", "batch", "exercises",
        "check-rules", "help"};

    @Test
    void everyCommandIsSetUpInTheOrderHelpListsThem() {
        var cli = Footplan.commandLine(Cli.environment("p", ""));

        assertThat(cli.getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("questionnaire", "plan", "checkin", "sync", "serve", "batch", "exercises",
                "check-rules", "help");
    }

    @Test
    void helpBeforeACommandNameStillListsEveryCommand() {
        Cli.Result result = Cli.run("--help", "plan");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("questionnaire", "batch", "exercises", "check-rules");
    }

    @Test
    void theHelpCommandExplainsAnotherCommand() {
        Cli.Result result = Cli.run("help", "batch");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: footplan batch");
    }

    @Test
    void aMistypedCommandIsBadInputWithAHint() {
        Cli.Result result = Cli.run("plna");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'plna'", "Run 'footplan --help'");
    }
}
