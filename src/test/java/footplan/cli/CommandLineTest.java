package footplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line Main builds sets up only the command a run names, and still offers every command for help. */
class CommandLineTest {

    private static final String[] ALL = {"questionnaire", "plan", "batch", "exercises", "check-rules", "help"};

    @Test
    void aRunThatNamesACommandSetsUpOnlyThatOne() {
        var cli = Footplan.commandLine(Cli.environment("p", ""), "--verbose", "plan", "--answers", "a.yaml");

        assertThat(cli.getSubcommands()).containsOnlyKeys("plan");
    }

    @Test
    void helpAMistypedCommandOrNoneSetUpEveryCommandInTheOrderHelpListsThem() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "plan"}, {"plna"}, {"--version"},
                {"--help", "plan"}, {"-V", "batch"}, {"-hV", "plan"}}) {
            var cli = Footplan.commandLine(Cli.environment("p", ""), args);

            assertThat(cli.getSubcommands().keySet()).as(String.join(" ", args)).containsExactly(ALL);
        }
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("questionnaire", "plan", "batch", "exercises", "check-rules", "help");
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
