package footplan.ics;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.Gen;
import footplan.Samples;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Content;
import net.fortuna.ical4j.model.ContentCollection;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.XComponent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.parameter.XParameter;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.junit.jupiter.api.Test;

/** The loop lookups find what iCal4j's own lists find, for any list and any names asked for. */
class LookupsTest {

    /**
     * Names as callers give them: upper case, mixed and lower case, repeated, empty, and names nothing has. The
     * lower-case ones have no "i": iCal4j upper-cases in the machine's locale, footplan in the root locale, which
     * differ for an "i" under a Turkish locale (see {@link Lookups}).
     */
    private static final Gen<String[]> NAMES = Gen.oneOf("TZID", "VALUE", "value", "Language", "X-A", "x-a",
            "SUMMARY", "summary", "DESCRIPTION", "UID", "X-FOOTPLAN", "x-footplan", "VEVENT", "VALARM", "X-C",
            "RRULE", "").list(0, 4).map(names -> names.toArray(String[]::new));

    /** Content whose own name is not upper case is never found by name, in iCal4j or here. */
    private static final Gen<List<Parameter>> PARAMETERS = Gen.<Parameter>oneOf(new TzId("Europe/Berlin"),
            Value.DATE_TIME, new Language("en"), new XParameter("X-A", "1"), new XParameter("X-A", "2"),
            new XParameter("x-a", "3"), new TzId("Asia/Tokyo")).list(0, 5);

    private static final Gen<List<Property>> PROPERTIES = Gen.<Property>oneOf(new Summary("s"), new Uid("u"),
            new Description("d"), new Description("e"), new XProperty("X-FOOTPLAN", "x"),
            new XProperty("x-footplan", "y")).list(0, 6);

    private static final Gen<List<Component>> COMPONENTS = Gen.<Component>oneOf(new VEvent(), new VAlarm(),
            new XComponent("X-C"), new VEvent()).list(0, 5);

    @Test
    void findsParametersAsIcal4jDoes() {
        findsAsIcal4jDoes(PARAMETERS, Lookups::parameters, ParameterList::new);
    }

    @Test
    void findsPropertiesAsIcal4jDoes() {
        findsAsIcal4jDoes(PROPERTIES, Lookups::properties, PropertyList::new);
    }

    @Test
    void findsComponentsAsIcal4jDoes() {
        findsAsIcal4jDoes(COMPONENTS, Lookups::components, ComponentList::new);
    }

    private record Lookup<T>(List<T> content, String[] names) {
        @Override
        public String toString() {
            return content + " by " + Arrays.toString(names);
        }
    }

    private static <T extends Content> void findsAsIcal4jDoes(Gen<List<T>> contents,
                                                              Function<List<T>, ContentCollection<T, ?>> ours,
                                                              Function<List<T>, ContentCollection<T, ?>> theirs) {
        Samples.forAll(500, random -> new Lookup<>(contents.next(random), NAMES.next(random)), lookup -> {
            var quick = ours.apply(lookup.content());
            var icalj = theirs.apply(lookup.content());
            assertThat(quick.get(lookup.names())).isEqualTo(icalj.get(lookup.names()));
            for (var name : lookup.names()) {
                assertThat(quick.getFirst(name)).isEqualTo(icalj.getFirst(name));
            }
        });
    }

    @Test
    void groupsTheMatchesInTheOrderTheNamesAreGiven() {
        var zone = new TzId("Europe/Berlin");
        var language = new Language("en");
        var parameters = Lookups.parameters(List.of(zone, Value.DATE_TIME, language));

        assertThat(parameters.get("language", "TZID", "Language")).containsExactly(language, zone);
        assertThat(parameters.get()).containsExactly(zone, Value.DATE_TIME, language);
        assertThat(parameters.get("RANGE")).isEmpty();
    }

    /** iCal4j derives a list when a property changes a parameter (a date property replaces its TZID): still quick. */
    @Test
    void aListDerivedFromOneOfTheseIsOneOfTheseToo() {
        var parameters = Lookups.parameters(List.of(new TzId("Europe/Berlin")));
        var derived = List.of(parameters.replace(new TzId("Asia/Tokyo")), parameters.add(Value.DATE_TIME),
                parameters.remove(new TzId("Europe/Berlin")), parameters.removeAll("TZID"),
                parameters.removeIf(p -> true), parameters.addAll(List.of(Value.DATE)));

        assertThat(derived).allSatisfy(list -> assertThat(list).hasSameClassAs(parameters));
        assertThat(derived.get(0).get("TZID")).containsExactly(new TzId("Asia/Tokyo"));
        assertThat(derived.get(2).getAll()).isEmpty();
    }

    @Test
    void aSessionStartKeepsItsQuickParametersThroughIcal4jsConstructor() {
        var parameters = Lookups.parameters(List.of(new TzId("Europe/Berlin")));
        var start = new DtStart<>(parameters, ZonedDateTime.of(2026, 12, 1, 7, 30, 0, 0, ZoneId.of("Europe/Berlin")));

        assertThat(start.getParameterList()).hasSameClassAs(parameters);
        assertThat(start.toString()).isEqualTo("DTSTART;TZID=Europe/Berlin:20261201T073000\r\n");
    }
}
