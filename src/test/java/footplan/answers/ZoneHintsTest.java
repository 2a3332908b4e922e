package footplan.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A value that is not a zone id is refused, and the hint names the zone a person most likely meant. */
class ZoneHintsTest {

    private static String refusal(String text) {
        return assertThrows(BadValue.class, () -> Values.zone(text)).getMessage();
    }

    private static String meant(String zones) {
        return "; did you mean " + zones + "? Write an IANA zone id such as Europe/Berlin";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "New York         | America/New_York",
            "new york         | America/New_York",
            "new_york         | America/New_York",
            "NEW-YORK         | America/New_York",
            "NewYork          | America/New_York",
            "America/New York | America/New_York",
            "Berlin           | Europe/Berlin",
            "berlin           | Europe/Berlin",
            "Auckland         | Pacific/Auckland",
            "Kolkata          | Asia/Kolkata",
            "Los Angeles      | America/Los_Angeles",
            "St. Johns        | America/St_Johns",
            "port au prince   | America/Port-au-Prince",
            "Buenos Aires     | America/Argentina/Buenos_Aires",
            "Istanbul         | Asia/Istanbul or Europe/Istanbul",
            "Berln            | Europe/Berlin",
            "Aukland          | Pacific/Auckland",
            "Europe/Berln     | Europe/Berlin",
            "europe/berlin    | Europe/Berlin"})
    void aCityOrAnIdSpeltAnotherWayNamesItsZone(String given, String zones) {
        assertEquals("\"" + given + "\" is not a known time zone" + meant(zones), refusal(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EST  | America/New_York", "EDT  | America/New_York", "est  | America/New_York",
            "CST  | America/Chicago", "CDT  | America/Chicago",
            "MST  | America/Denver", "MDT  | America/Denver",
            "PST  | America/Los_Angeles", "PDT  | America/Los_Angeles",
            "BST  | Europe/London", "CEST | Europe/Berlin",
            "IST  | Asia/Kolkata", "JST  | Asia/Tokyo",
            "AEST | Australia/Sydney", "AEDT | Australia/Sydney",
            "NZST | Pacific/Auckland", "NZDT | Pacific/Auckland",
            "utc  | UTC", "gmt  | GMT"})
    void anAbbreviationNamesTheZoneMostPeopleMean(String given, String zone) {
        assertEquals("\"" + given + "\" is not a known time zone" + meant(zone), refusal(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "GMT", "CET", "Europe/London", "America/New_York", "Asia/Kolkata"})
    void idsThatAreZonesAreTakenAsTheyAre(String id) throws BadValue {
        assertEquals(ZoneId.of(id), Values.zone(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+01:00", "XYZ", "somewhere"})
    void nothingCloseGivesNoGuess(String given) {
        assertEquals("\"" + given + "\" is not a known time zone; write an IANA zone id such as Europe/Berlin",
                refusal(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EST", "CST", "MST", "PST", "IST", "JST", "AEST", "NZST", "BST", "CEST"})
    void everyZoneSuggestedIsOneThatIsAccepted(String given) throws BadValue {
        String message = refusal(given);
        String zone = message.substring(message.indexOf("did you mean ") + 13, message.indexOf("? "));
        assertEquals(ZoneId.of(zone), Values.zone(zone));
    }
}
