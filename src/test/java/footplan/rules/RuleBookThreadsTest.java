package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One rule book, many threads: the batch command relies on every call having its own rule session. */
class RuleBookThreadsTest {

    @Test
    void plansMadeAtOnceOnSeveralThreadsEqualThePlansMadeOneByOne() throws Exception {
        List<Answers> people = List.of("knee-runner", "office-heels", "hip-no-floor", "referral").stream()
                .map(name -> AnswersFile.read(Path.of("examples", name + ".yaml"))).toList();
        List<Routine> expected = people.stream().map(Rules.BOOK::prescribe).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Routine>> made = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Answers person = people.get(i % people.size());
                made.add(pool.submit(() -> Rules.BOOK.prescribe(person)));
            }
            for (int i = 0; i < made.size(); i++) {
                assertThat(made.get(i).get()).isEqualTo(expected.get(i % people.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
