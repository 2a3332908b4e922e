package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What is not there gets a page that says so, as HTML like every page, naming the file when there is one to name. */
class NotFoundTest {

    @RegisterExtension
    static final WebFixture web = new WebFixture();

    @Test
    void anUnknownAddressGetsThePageOfThisServer() {
        HttpResponse<String> page = web.get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Not found</h1>", "There is no such page or file here");
    }

    @Test
    void anUnknownPlanNamesTheAnswersFileItLookedFor() {
        HttpResponse<String> plan = web.get("/plan/nobody");
        HttpResponse<String> handout = web.get("/handout/nobody");

        for (HttpResponse<String> page : List.of(plan, handout)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("There is no answers file nobody.yaml in " + web.dir());
        }
    }

    @Test
    void anUnknownPictureIsNotFound() {
        HttpResponse<String> picture = web.get("/pictures/nothing.svg");

        assertThat(picture.statusCode()).isEqualTo(404);
        assertThat(picture.body()).doesNotContain("<svg");
    }
}
