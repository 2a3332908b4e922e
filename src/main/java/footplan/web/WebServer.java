package footplan.web;

import footplan.plan.Stamps;
import footplan.rules.RuleBook;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code footplan serve}: the questionnaire, the plan, the handout, check-ins and the calendar feed as web pages,
 * over the same files as the command line. Start it with {@link #start(Settings)}; it runs until {@link #stop()}.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param dir    the folder of answers files, check-ins files and {@code calendars/}
     * @param bind   the address to listen on; loopback unless the person asks for another
     * @param port   the port; 0 for any free one
     * @param rules  the rules every plan goes by
     * @param stamps the clock and program ids plans are stamped with
     */
    public record Settings(Path dir, InetAddress bind, int port, RuleBook rules, Stamps stamps) {

        public Settings {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(stamps, "stamps");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
        }
    }

    private final Javalin app;
    private final URI address;

    private WebServer(Javalin app, URI address) {
        this.app = app;
        this.address = address;
    }

    /** Starts serving; returns once the server listens. */
    public static WebServer start(Settings settings) {
        var guard = new Guard(settings.bind());
        var folder = new Folder(settings.dir());
        var api = new Api(settings.rules(), settings.stamps());
        var feed = new CalendarFeed(folder);
        var pages = new Pages(folder, settings.rules(), settings.stamps(), guard);
        var checkin = new CheckinPage(pages, guard);
        var questionnaire = new QuestionnairePage(pages, folder, guard);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Guard.MAX_BODY_BYTES;
            config.http.generateEtags = false;
            config.jetty.host = settings.bind().getHostAddress();
            config.jetty.port = settings.port();
            config.routes.before(guard::check);
            config.routes.get("/", pages::index);
            config.routes.get("/new", questionnaire::newForm);
            config.routes.post("/new", questionnaire::saveNew);
            config.routes.get("/answers/{stem}", questionnaire::form);
            config.routes.post("/answers/{stem}", questionnaire::save);
            config.routes.get("/plan/{stem}", pages::plan);
            config.routes.post("/plan/{stem}", pages::update);
            config.routes.get("/handout/{stem}", pages::handout);
            config.routes.get("/checkin/{stem}", checkin::form);
            config.routes.post("/checkin/{stem}", checkin::save);
            config.routes.get("/calendars/{file}", feed::serve);
            config.routes.get("/pictures/{file}", pages::picture);
            config.routes.get("/style.css", pages::style);
            config.routes.post("/api/plan", api::plan);
            config.routes.get("/api/exercises", api::exercises);
            config.routes.exception(Exception.class, (e, ctx) -> pages.failed(ctx, e));
            config.routes.exception(Guard.Refused.class, (e, ctx) -> pages.refused(ctx, e.status(), e.getMessage()));
            config.routes.exception(footplan.UserInputException.class,
                    (e, ctx) -> pages.refused(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
            // a 404 page with its own message (no answers file of that name) keeps it
            config.routes.error(404, "*", ctx -> {
                if (ctx.attribute(Pages.PAGE) == null) {
                    pages.notFound(ctx);
                }
            });
        });
        app.start();
        String host = settings.bind().isAnyLocalAddress() ? "127.0.0.1" : hostLiteral(settings.bind());
        return new WebServer(app, URI.create("http://" + host + ":" + app.port() + "/"));
    }

    private static String hostLiteral(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Where the pages are, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        return address;
    }

    /** Stops serving; requests under way end first. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
