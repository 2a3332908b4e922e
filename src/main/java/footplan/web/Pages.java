package footplan.web;

import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.CheckIns;
import footplan.answers.CheckInsFile;
import footplan.plan.CalendarNames;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.plan.Stamps;
import footplan.rules.RuleBook;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pages a person reads: their plans, a plan, its handout; and the pictures and style they use. */
final class Pages {

    private static final String STYLE = resource("footplan/web/style.css");

    /** The request attribute that names the template of the page answered, e.g. {@code message.jte}. */
    static final String PAGE = "footplan.page";

    private final Folder folder;
    private final RuleBook rules;
    private final Stamps stamps;
    private final Guard guard;

    Pages(Folder folder, RuleBook rules, Stamps stamps, Guard guard) {
        this.folder = folder;
        this.rules = rules;
        this.stamps = stamps;
        this.guard = guard;
    }

    void index(Context ctx) {
        html(ctx, HttpStatus.OK, "index.jte", Map.of("view", new IndexView(folder.dir().toString(), folder.people())));
    }

    /** The plan as the answers and check-ins now give it, compared with the calendar; nothing is written. */
    void plan(Context ctx) {
        showPlan(ctx, ctx.pathParam("stem"), false);
    }

    /** Writes the calendar of the plan, then shows the plan and what changed. */
    void update(Context ctx) {
        guard.checkToken(ctx);
        showPlan(ctx, ctx.pathParam("stem"), true);
    }

    void handout(Context ctx) {
        String stem = ctx.pathParam("stem");
        PlanView view = view(stem, plan(stem, false));
        if (view.referred()) {
            showPlanView(ctx, view, List.of());
            return;
        }
        html(ctx, HttpStatus.OK, "handout.jte", Map.of("view", view));
    }

    void picture(Context ctx) {
        var picture = Pictures.named(ctx.pathParam("file"));
        if (picture.isEmpty()) {
            notFound(ctx);
            return;
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.status(HttpStatus.OK).contentType("image/svg+xml; charset=utf-8").result(picture.get().svg());
    }

    void style(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.status(HttpStatus.OK).contentType("text/css; charset=utf-8").result(STYLE);
    }

    void refused(Context ctx, HttpStatus status, String message) {
        message(ctx, status, status.getMessage(), message);
    }

    void notFound(Context ctx) {
        message(ctx, HttpStatus.NOT_FOUND, "Not found", "There is no such page or file here; footplan serves only"
                + " the plans and calendars it made in " + folder.dir() + ".");
    }

    /**
     * A bug: the page says so without the details, which the libraries' log shows when the server runs with
     * {@code FOOTPLAN_DEBUG=1}; no file is half-written, as each is replaced in one step.
     */
    void failed(Context ctx, Exception e) {
        LoggerFactory.getLogger(Pages.class).error("request {} failed", ctx.path(), e);
        message(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong", "footplan could not make this page:"
                + " this is a bug in footplan. footplan replaces each file it writes in one step, so none is"
                + " half-written; run the server with FOOTPLAN_DEBUG=1 to see the details.");
    }

    private void showPlan(Context ctx, String stem, boolean write) {
        showPlan(ctx, stem, plan(stem, write), List.of());
    }

    /** The plan page, with lines that say what was just saved above it. */
    void showPlan(Context ctx, String stem, PlanOutcome outcome, List<String> notices) {
        showPlanView(ctx, view(stem, outcome), notices);
    }

    private void showPlanView(Context ctx, PlanView view, List<String> notices) {
        html(ctx, HttpStatus.OK, "plan.jte", Map.of("view", view, "host", ctx.host(), "notices", notices));
    }

    void message(Context ctx, HttpStatus status, String heading, String message) {
        html(ctx, status, "message.jte", Map.of("heading", heading, "message", message));
    }

    RuleBook rules() {
        return rules;
    }

    Stamps stamps() {
        return stamps;
    }

    /** The zone of the server's clock, for a first plan's suggested time zone. */
    java.time.ZoneId zone() {
        return stamps.clock().getZone();
    }

    /** What counts as now: the server's clock (fixed in tests). */
    Instant now() {
        return stamps.clock().instant();
    }

    private PlanView view(String stem, PlanOutcome outcome) {
        return PlanView.of(stem, CalendarNames.title(outcome.answers().name()), outcome, now(), guard.token());
    }

    /** Plans a person's answers and check-ins as {@code footplan plan} does; a preview unless {@code write}. */
    PlanOutcome plan(String stem, boolean write) {
        Path answersFile = existingAnswers(stem);
        Answers answers = AnswersFile.read(answersFile);
        Path checkInsFile = CheckInsFile.defaultFor(answersFile);
        CheckIns checkIns = CheckInsFile.read(checkInsFile);
        Path calendar = CalendarNames.defaultFile(answersFile);
        var run = new Planner.Run(calendar, calendar, false, !write, Optional.empty(), checkIns, checkInsFile);
        return Planner.plan(answers, rules, run, stamps);
    }

    Path existingAnswers(String stem) {
        return folder.answers(stem).filter(Files::isRegularFile).orElseThrow(() -> new Guard.Refused(
                HttpStatus.NOT_FOUND, "There is no answers file " + stem + ".yaml in " + folder.dir() + "."));
    }

    static void html(Context ctx, HttpStatus status, String template, Map<String, Object> params) {
        ctx.attribute(PAGE, template);
        ctx.status(status).contentType("text/html; charset=utf-8").result(Templates.render(template, params));
    }

    private static String resource(String name) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
