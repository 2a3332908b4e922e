package footplan.web;

import footplan.answers.BadValue;
import footplan.Dates;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.CheckIn;
import footplan.answers.CheckIns;
import footplan.answers.CheckInsFile;
import footplan.answers.Effort;
import footplan.plan.CalendarNames;
import footplan.plan.CheckInDates;
import footplan.plan.PlanOutcome;
import footplan.plan.Progress;
import footplan.questionnaire.CheckInQuestion;
import footplan.schedule.SessionPlan;
import footplan.schedule.SessionPlanner;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code /checkin/<stem>}: how a session went, for the latest session without a check-in (or another that has
 * begun), saved to the same check-ins file as {@code footplan checkin}; then the plan with the weeks adjusted.
 */
final class CheckinPage {

    private final Pages pages;
    private final Guard guard;

    CheckinPage(Pages pages, Guard guard) {
        this.pages = pages;
        this.guard = guard;
    }

    void form(Context ctx) {
        Person person = person(ctx.pathParam("stem"));
        List<ZonedDateTime> begun = CheckInDates.begun(person.sessions(), pages.now());
        if (begun.isEmpty()) {
            pages.message(ctx, HttpStatus.OK, "Nothing to check in yet", "No session of this plan has happened yet"
                    + CheckInDates.first(person.sessions()).map(s -> "; the first is on " + Dates.dayAndTime(s))
                    .orElse("") + ". Come back after it.");
            return;
        }
        LocalDate latest = CheckInDates.latestWithout(person.sessions(), pages.now(), person.checkIns())
                .orElse(begun.get(0).toLocalDate());
        Map<String, String> values = new HashMap<>();
        values.put("date", latest.toString());
        show(ctx, HttpStatus.OK, person, values, Map.of());
    }

    void save(Context ctx) {
        guard.checkToken(ctx);
        Person person = person(ctx.pathParam("stem"));
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("date", "done", "pain_during", "pain_next_morning", "effort", "note")) {
            values.put(key, Optional.ofNullable(ctx.formParam(key)).orElse(""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CheckIn> checkIn = checkIn(person, values, errors);
        if (checkIn.isEmpty()) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, person, values, errors);
            return;
        }
        Optional<CheckIn> replaced = person.checkIns().on(checkIn.get().date());
        CheckInsFile.write(person.checkInsFile(), person.checkIns().with(checkIn.get()));
        PlanOutcome outcome = pages.plan(person.stem(), true);
        String saved = "Checked in " + Progress.describe(checkIn.get()) + "."
                + replaced.map(p -> " This replaces the earlier check-in (" + Progress.describe(p) + ").").orElse("");
        pages.showPlan(ctx, person.stem(), outcome, List.of(saved));
    }

    private Optional<CheckIn> checkIn(Person person, Map<String, String> values, Map<String, String> errors) {
        Optional<LocalDate> date = sessionDate(person, values.get("date"), errors);
        String done = values.get("done");
        if (!done.equals("yes") && !done.equals("no")) {
            errors.put("done", "answer yes or no");
        }
        String note = field("note", values, errors, CheckIn::note).orElse("");
        if (done.equals("no")) {
            for (String key : List.of("pain_during", "pain_next_morning", "effort")) {
                if (!values.get(key).isBlank()) {
                    errors.put(key, "a missed session has no pain or effort to rate; clear this, or answer yes");
                }
            }
            return errors.isEmpty() ? Optional.of(CheckIn.missed(date.get(), note)) : Optional.empty();
        }
        Optional<Integer> during = values.get("pain_during").isBlank() && done.equals("yes")
                ? missing("pain_during", errors) : field("pain_during", values, errors, CheckIn::pain);
        Optional<Integer> morning = field("pain_next_morning", values, errors, CheckIn::pain);
        Optional<Effort> effort = field("effort", values, errors, Effort::of);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CheckIn.done(date.get(), during.get(),
                morning.map(OptionalInt::of).orElse(OptionalInt.empty()), effort, note));
    }

    private Optional<LocalDate> sessionDate(Person person, String text, Map<String, String> errors) {
        Optional<LocalDate> date = CheckInDates.begun(person.sessions(), pages.now()).stream()
                .map(ZonedDateTime::toLocalDate).filter(d -> d.toString().equals(text)).findFirst();
        if (date.isEmpty()) {
            errors.put("date", "choose one of the sessions that have happened");
        }
        return date;
    }

    private static <T> Optional<T> missing(String key, Map<String, String> errors) {
        errors.put(key, "give a number from 0 to " + CheckIn.MAX_PAIN);
        return Optional.empty();
    }

    /** A blank optional field is absent; anything else is read as the check-ins file reads it. */
    private static <T> Optional<T> field(String key, Map<String, String> values, Map<String, String> errors,
                                         Reader<T> reader) {
        String text = values.get(key);
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(text));
        } catch (BadValue e) {
            errors.put(key, e.getMessage());
            return Optional.empty();
        }
    }

    private interface Reader<T> {
        T read(String text) throws BadValue;
    }

    private void show(Context ctx, HttpStatus status, Person person, Map<String, String> values,
                      Map<String, String> errors) {
        List<CheckinView.SessionChoice> choices = CheckInDates.begun(person.sessions(), pages.now()).stream()
                .map(s -> new CheckinView.SessionChoice(s.toLocalDate().toString(), Dates.dayAndTime(s),
                        person.checkIns().on(s.toLocalDate()).isPresent())).toList();
        var view = new CheckinView(person.stem(), CalendarNames.title(person.answers().name()), choices, values,
                errors, guard.token());
        Pages.html(ctx, status, "checkin.jte", Map.of("view", view));
    }

    private Person person(String stem) {
        Path answersFile = pages.existingAnswers(stem);
        Answers answers = AnswersFile.read(answersFile);
        Path checkInsFile = CheckInsFile.defaultFor(answersFile);
        CheckIns checkIns = CheckInsFile.read(checkInsFile);
        return new Person(stem, answers, checkInsFile, checkIns, SessionPlanner.plan(answers.schedule()));
    }

    private record Person(String stem, Answers answers, Path checkInsFile, CheckIns checkIns, SessionPlan sessions) {
    }
}
