package footplan.web;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.FieldError;
import footplan.ics.CalendarLock;
import footplan.plan.CalendarNames;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.questionnaire.AnswersForm;
import footplan.rules.Referral;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /answers/<stem>} and {@code /new}: the terminal's questionnaire as one form. The answers are read as the
 * answers file reads them, screened by the rules as the terminal does, saved to the same file and planned.
 */
final class QuestionnairePage {

    private final Pages pages;
    private final Folder folder;
    private final Guard guard;

    QuestionnairePage(Pages pages, Folder folder, Guard guard) {
        this.pages = pages;
        this.folder = folder;
        this.guard = guard;
    }

    /** A first plan: the terminal's suggestions for a first run, and a name for the answers file. */
    void newForm(Context ctx) {
        ZoneId zone = pages.zone();
        LocalDate today = LocalDate.ofInstant(pages.now(), zone);
        show(ctx, HttpStatus.OK, "", AnswersForm.prefill(zone, today), Map.of(), false);
    }

    /** The previous answers filled in, except the safety ones, which are asked afresh each time. */
    void form(Context ctx) {
        String stem = ctx.pathParam("stem");
        Answers previous = AnswersFile.read(pages.existingAnswers(stem));
        show(ctx, HttpStatus.OK, stem, AnswersForm.prefill(previous), Map.of(), true);
    }

    void saveNew(Context ctx) {
        guard.checkToken(ctx);
        String stem = Optional.ofNullable(ctx.formParam(QuestionnaireView.FILE_FIELD)).orElse("").strip();
        Optional<String> problem = newFileProblem(stem);
        save(ctx, stem, problem, false);
    }

    void save(Context ctx) {
        guard.checkToken(ctx);
        String stem = ctx.pathParam("stem");
        pages.existingAnswers(stem);
        save(ctx, stem, Optional.empty(), true);
    }

    private void save(Context ctx, String stem, Optional<String> fileProblem, boolean rerun) {
        Map<String, List<String>> fields = ctx.formParamMap();
        var read = AnswersForm.read(fields);
        if (read instanceof AnswersForm.Rejected rejected || fileProblem.isPresent()) {
            List<FieldError> errors = read instanceof AnswersForm.Rejected r ? r.errors() : List.of();
            var byKey = new java.util.LinkedHashMap<>(QuestionnaireView.byKey(errors));
            fileProblem.ifPresent(p -> byKey.put(QuestionnaireView.FILE_FIELD, p));
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, rerun ? stem : "", fields, byKey, rerun);
            return;
        }
        Answers answers = ((AnswersForm.Accepted) read).answers();
        Path file = folder.answers(stem).orElseThrow();
        Optional<Referral> referral = pages.rules().screen(answers.safety(), Optional.of(answers.pain()));
        if (referral.isPresent()) {
            referred(ctx, stem, file, answers, referral.get());
            return;
        }
        PlanOutcome outcome;
        try (var lock = CalendarLock.forAnswers(file)) {
            AnswersFile.write(file, answers);
            outcome = pages.plan(stem, true);
        }
        pages.showPlan(ctx, stem, outcome, List.of("Saved your answers to " + file.getFileName()
                + (rerun ? " (the previous ones are in " + file.getFileName() + ".bak)." : ".")));
    }

    /**
     * As in the terminal, answers that call for a clinician are not saved; the sessions ahead in this answers
     * file's calendar are cancelled, so no reminder calls the person to exercise before a clinician has looked.
     */
    private void referred(Context ctx, String stem, Path file, Answers answers, Referral referral) {
        Path calendar = CalendarNames.defaultFile(file);
        Planner.Referred cancelled;
        try (var lock = CalendarLock.forAnswers(file)) {
            cancelled = Planner.cancelAhead(calendar, pages.now(), pages.stamps(), false);
        }
        int count = cancelled.calendar().map(c -> c.changes().cancelled().size()).orElse(0);
        var view = new ReferralView(CalendarNames.title(answers.name()), referral.reasons(), count,
                cancelled.problem(), Files.exists(file) ? stem : "");
        Pages.html(ctx, HttpStatus.OK, "referral.jte", Map.of("view", view));
    }

    private Optional<String> newFileProblem(String stem) {
        if (!Folder.isStem(stem)) {
            return Optional.of("give a name of letters, digits, - and _ (at most 64), starting with a letter or"
                    + " digit");
        }
        if (Files.exists(folder.answers(stem).orElseThrow())) {
            return Optional.of(stem + ".yaml is already here; open it from the front page to change its answers,"
                    + " or give another name");
        }
        return Optional.empty();
    }

    private void show(Context ctx, HttpStatus status, String stem, Map<String, List<String>> values,
                      Map<String, String> errors, boolean rerun) {
        String action = rerun ? "/answers/" + stem : "/new";
        String title = rerun ? "Your answers · " + stem : "A new plan";
        var view = new QuestionnaireView(action, rerun ? stem : "", title, values, errors, rerun, guard.token());
        Pages.html(ctx, status, "questionnaire.jte", Map.of("view", view));
    }
}
