package footplan.web;

import footplan.UserInputException;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.plan.CatalogueJson;
import footplan.plan.Json;
import footplan.plan.JsonReport;
import footplan.plan.PlanOutcome;
import footplan.plan.Planner;
import footplan.plan.Stamps;
import footplan.rules.RuleBook;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.Map;

/**
 * The JSON API for integrators: {@code POST /api/plan} plans the answers in the request as {@code plan --dry-run
 * --format json} does, writing nothing; {@code GET /api/exercises} is the catalogue.
 */
final class Api {

    /**
     * Where an API plan would be written: in a folder of a random name under the temporary folder, which nothing
     * makes, so a plan here never reads anyone's calendar (and a dry run writes nothing).
     */
    private static final Path NO_CALENDAR = Path.of(System.getProperty("java.io.tmpdir"),
            "footplan-api-" + java.util.UUID.randomUUID(), "plan.ics").toAbsolutePath();

    private final RuleBook rules;
    private final Stamps stamps;
    private final String catalogue;

    Api(RuleBook rules, Stamps stamps) {
        this.rules = rules;
        this.stamps = stamps;
        this.catalogue = CatalogueJson.of(rules.catalogue());
    }

    void plan(Context ctx) {
        Answers answers;
        try {
            answers = AnswersFile.parse(ctx.body(), "request body");
        } catch (UserInputException e) {
            json(ctx, HttpStatus.UNPROCESSABLE_CONTENT, Map.of("errors", FieldErrors.of(e)));
            return;
        }
        var run = new Planner.Run(NO_CALENDAR, NO_CALENDAR, false, true);
        PlanOutcome outcome = Planner.plan(answers, rules, run, stamps);
        Map<String, Object> doc = JsonReport.document(outcome, "true".equals(ctx.queryParam("explain")));
        doc.put("calendar", null);
        json(ctx, HttpStatus.OK, doc);
    }

    void exercises(Context ctx) {
        ctx.status(HttpStatus.OK).contentType("application/json; charset=utf-8").result(catalogue);
    }

    private static void json(Context ctx, HttpStatus status, Map<String, Object> doc) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(doc));
    }
}
