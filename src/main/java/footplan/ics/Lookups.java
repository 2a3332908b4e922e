package footplan.ics;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Content;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Parameter, property and component lists that find content by name with a plain loop, for the calendars footplan
 * builds. iCal4j's own lists build a stream, an upper-cased copy of the names and a sorted list at every lookup,
 * and its validation looks up every name of every rule on every property and component: with the quick compiler
 * a batch runs on, those lookups were nearly half of all it allocated. The results are iCal4j's: the matches
 * grouped in the order the names are given, each group in list order. iCal4j derives a new parameter list when a
 * property changes a parameter (a date property replaces its TZID in its constructor): derived from one of these, it
 * is one of these too. Property and component lists are not changed once footplan has built them.
 *
 * <p>Names are upper-cased in the root locale; iCal4j uses the machine's, which differs only for an "i" under a
 * Turkish or Azeri locale, and every caller passes upper-case constants anyway.
 *
 * <p>iCal4j counts two lists as equal only when they are of the same class, so a property built with these
 * equals another built with these, and one read by iCal4j only by its text (which is how footplan compares
 * events anyway). For the same reason iCal4j's own constants (VERSION:2.0, CALSCALE, STATUS, ACTION) keep
 * iCal4j's lists: its validation recognises VERSION:2.0 by equality with its constant.
 */
final class Lookups {

    private static final ParameterList NO_PARAMETERS = new Parameters(List.of());

    private Lookups() {
    }

    static ParameterList parameters(List<Parameter> parameters) {
        return new Parameters(parameters);
    }

    static ParameterList noParameters() {
        return NO_PARAMETERS;
    }

    static PropertyList properties(List<Property> properties) {
        return new Properties(properties);
    }

    static <T extends Component> ComponentList<T> components(List<T> components) {
        return new Components<>(components);
    }

    private static final class Parameters extends ParameterList {

        Parameters(List<Parameter> parameters) {
            super(parameters);
        }

        @Override
        public <R extends Parameter> List<R> get(String... names) {
            return named(getAll(), names);
        }

        @Override
        public <R extends Parameter> Optional<R> getFirst(String name) {
            return first(getAll(), name);
        }

        @Override
        public ParameterList add(Parameter content) {
            return kept(super.add(content));
        }

        @Override
        public ParameterList addAll(Collection<Parameter> content) {
            return kept(super.addAll(content));
        }

        @Override
        public ParameterList remove(Parameter content) {
            return kept(super.remove(content));
        }

        @Override
        public ParameterList removeAll(String... names) {
            return kept(super.removeAll(names));
        }

        @Override
        public ParameterList removeIf(Predicate<Parameter> filter) {
            return kept(super.removeIf(filter));
        }

        @Override
        public ParameterList replace(Parameter content) {
            return kept(super.replace(content));
        }

        private ParameterList kept(ParameterList derived) {
            return derived instanceof Parameters ? derived : new Parameters(derived.getAll());
        }
    }

    private static final class Properties extends PropertyList {

        Properties(List<Property> properties) {
            super(properties);
        }

        @Override
        public <R extends Property> List<R> get(String... names) {
            return named(getAll(), names);
        }

        @Override
        public <R extends Property> Optional<R> getFirst(String name) {
            return first(getAll(), name);
        }
    }

    private static final class Components<T extends Component> extends ComponentList<T> {

        Components(List<? extends T> components) {
            super(components);
        }

        @Override
        public <R extends T> List<R> get(String... names) {
            return named(getAll(), names);
        }

        @Override
        public <R extends T> Optional<R> getFirst(String name) {
            return first(getAll(), name);
        }
    }

    /** iCal4j's {@code ContentCollection.get}: all when no name is given, else the matches by name order. */
    @SuppressWarnings("unchecked")
    static <T extends Content, R extends T> List<R> named(List<T> all, String... names) {
        if (names.length == 0) {
            return (List<R>) all;
        }
        var found = new ArrayList<R>();
        for (int i = 0; i < names.length && !all.isEmpty(); i++) {
            var name = names[i].toUpperCase(Locale.ROOT);
            if (!givenBefore(names, i, name)) {
                for (var content : all) {
                    if (name.equals(content.getName())) {
                        found.add((R) content);
                    }
                }
            }
        }
        return found;
    }

    /** iCal4j's {@code ContentCollection.getFirst}: the first whose name matches, ignoring case. */
    @SuppressWarnings("unchecked")
    static <T extends Content, R extends T> Optional<R> first(List<T> all, String name) {
        for (var content : all) {
            if (content.getName().equalsIgnoreCase(name)) {
                return Optional.of((R) content);
            }
        }
        return Optional.empty();
    }

    private static boolean givenBefore(String[] names, int index, String upperCase) {
        for (int j = 0; j < index; j++) {
            if (names[j].toUpperCase(Locale.ROOT).equals(upperCase)) {
                return true;
            }
        }
        return false;
    }
}
