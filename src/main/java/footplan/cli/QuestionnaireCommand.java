package footplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code footplan questionnaire}: placeholder until the interactive questionnaire lands. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Answer the questions in the terminal, save your answers, then plan.")
final class QuestionnaireCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new footplan.UserInputException("the questionnaire is not ready yet; use plan --answers FILE");
    }
}
