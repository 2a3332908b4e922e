package footplan.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What {@link Account#address} makes of a {@code --url}. */
class AccountTest {

    @Test
    void oneCollectionHasOneAddressWhateverTheSpellingOfItsHostOrTheLastSlash() {
        assertThat(Account.address("HTTPS://DAV.Example.ORG:8443/Alex/FootPlan"))
                .isEqualTo(URI.create("https://dav.example.org:8443/Alex/FootPlan/"));
        assertThat(Account.address("http://LocalHost:5232/alex/footplan/"))
                .isEqualTo(URI.create("http://localhost:5232/alex/footplan/"));
    }
}
