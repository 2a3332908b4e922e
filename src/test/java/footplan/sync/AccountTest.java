package footplan.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import footplan.UserInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link Account#address} makes of a {@code --url}. */
class AccountTest {

    @Test
    void oneCollectionHasOneAddressWhateverTheSpellingOfItsHostOrTheLastSlash() {
        assertThat(Account.address("HTTPS://DAV.Example.ORG:8443/Alex/FootPlan"))
                .isEqualTo(URI.create("https://dav.example.org:8443/Alex/FootPlan/"));
        assertThat(Account.address("http://LocalHost:5232/alex/footplan/"))
                .isEqualTo(URI.create("http://localhost:5232/alex/footplan/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:5232", "127.0.0.1:5232", "127.255.0.9", "[::1]:5232",
        "[0:0:0:0:0:0:0:1]"})
    void plainHttpIsForThisComputer(String host) {
        assertThat(Account.address("http://" + host + "/alex/footplan/").getScheme()).isEqualTo("http");
    }

    /**
     * Names, and numbers that are not four-part IPv4 addresses, are refused without a lookup: 9999999999 is a name to
     * InetAddress, which asks DNS (footplan.cli.SyncErrorTest shows it with a resolver that answers). Odd spellings
     * of 127.0.0.1 that InetAddress would parse are refused too: the message says what to write instead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"calendar.example.org", "localhost.example.org", "127.0.0.1.nip.io", "10.0.0.1",
        "9999999999", "2130706433", "127.000.0.1", "0177.0.0.1", "[::2]", "[::ffff:10.0.0.1]"})
    void plainHttpToAnyOtherHostIsRefusedWithWhatToDoInstead(String host) {
        String url = "http://" + host + "/alex/footplan/";

        assertThatThrownBy(() -> Account.address(url)).isInstanceOf(UserInputException.class)
                .hasMessage("--url " + url + ": plain http is only for a server on this computer; use https, so"
                        + " that your password and calendar are not sent readable");
        assertThat(Account.address("https://" + host + "/alex/footplan/").getScheme()).isEqualTo("https");
    }
}
