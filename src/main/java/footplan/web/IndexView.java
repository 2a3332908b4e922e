package footplan.web;

import java.util.List;

/** The front page: the folder served and the people with an answers file in it. */
public record IndexView(String dir, List<String> people) {

    public IndexView {
        people = List.copyOf(people);
    }
}
