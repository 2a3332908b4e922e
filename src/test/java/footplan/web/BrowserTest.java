package footplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.AnswersFile;
import footplan.answers.BadValue;
import footplan.answers.CheckIn;
import footplan.answers.CheckInsFile;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.Schedule;
import footplan.plan.Stamps;
import footplan.questionnaire.AnswersForm;
import footplan.questionnaire.CheckInQuestion;
import footplan.questionnaire.Question;
import footplan.rules.RuleBook;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser, as a person uses them: fields found by the words of their labels, forms sent
 * with their buttons, pictures looked at as loaded images, files checked on disk. One headless Chromium serves the
 * class; each test has its own server over a fresh copy of the examples.
 */
class BrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    /** The examples' program starts on 2026-12-01: a week before it, nothing has happened yet. */
    private static final Instant BEFORE_START = Instant.parse("2026-11-23T12:00:00Z");
    /** Wednesday 2026-12-23 after its 07:30 session, the first without a check-in in the example's check-ins. */
    private static final Instant AFTER_A_SESSION = Instant.parse("2026-12-23T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static RuleBook rules;

    @TempDir
    Path dir;

    private WebServer server;
    private ChromeDriver browser;
    /** The screenshots of pages wider than the window, and what sticks out. */
    private final List<String> overflows = new ArrayList<>();

    @BeforeAll
    static void loadRules() {
        rules = RuleBook.fromFolder(Path.of("rules"));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A server over a copy of examples/, with the clock at {@code now}. */
    private void serve(Instant now) throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(example, dir.resolve(example.getFileName()));
            }
        }
        var stamps = new Stamps(Clock.fixed(now, BERLIN), () -> "test-program");
        server = WebServer.start(new WebServer.Settings(dir, InetAddress.getLoopbackAddress(), 0, rules, stamps));
        browser = CHROMIUM.driver();
    }

    private void open(String path) {
        browser.get(server.address().resolve(path).toString());
    }

    // 1. The questionnaire, filled in by the words a person reads.

    @Test
    void aNewPlanFromTheQuestionnaireFilledInByLabels() throws IOException {
        serve(BEFORE_START);
        open("/new");
        var answered = new TreeSet<String>();

        answered.add(type("Name of the answers file", "sam"));
        answered.addAll(answerSafety());
        answered.add(tick("Where do you have pain?", "knee"));
        answered.add(type("Pain level on a typical day", "4"));
        answered.add(choose("Does the pain travel down your leg (like sciatica)?", "No"));
        answered.add(choose("Do you often wear high heels?", "No"));
        answered.add(choose("Do you often wear shoes with pointed toes?", "No"));
        answered.add(choose("Do your shoes fit poorly (tight, loose or worn out)?", "No"));
        answered.add(choose("Do you run?", "Yes"));
        answered.add(type("Anything else about your shoes?", "worn running shoes"));
        answered.add(choose("Can you stand on one leg for 10 seconds, holding a chair?", "Yes"));
        answered.add(choose("Can you lie down on the floor and get up again?", "Yes"));
        answered.add(choose("Can you sit on the floor and get up again?", "Yes"));
        answered.add(tick("What do you have at home?", "chair", "band", "towel"));
        answered.add(type("Minutes per session", "25"));
        answered.add(type("Sessions per week", "3"));
        answered.add(tick("Days you could train", "mon", "wed", "fri"));
        answered.add(type("Time of day", "18:30"));
        answered.add(type("Time zone", "Europe/Berlin"));
        answered.add(date("First day of the program", LocalDate.of(2026, 12, 1)));
        answered.add(type("Program length in weeks", "6"));
        answered.add(type("Reminder before each session in minutes", "10"));
        answered.add(type("Dates with no session", "2026-12-25"));
        answered.add(type("Your name for the calendar", "Sam"));

        Set<String> fields = browser.findElements(By.cssSelector("form [name]")).stream()
                .map(e -> e.getDomAttribute("name")).filter(n -> !n.equals("csrf")).collect(Collectors.toSet());
        var keys = Arrays.stream(Question.values()).map(Question::key).collect(Collectors.toSet());
        assertThat(answered).as("every field of the form was found by its label and answered")
                .containsExactlyInAnyOrderElementsOf(fields).containsAll(keys).contains("file");

        submit("Save my answers and make my plan");

        assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved your answers to sam.yaml.");
        assertThat(text(By.cssSelector("#exercises h2"))).isEqualTo("Your exercises, in the order you do them");
        List<WebElement> exercises = browser.findElements(By.cssSelector("#exercises li.exercise"));
        assertThat(exercises).hasSize(5);
        for (WebElement exercise : exercises) {
            assertLoadedPicture(exercise.findElement(By.tagName("img")));
        }
        List<WebElement> sessions = browser.findElements(By.cssSelector("table.sessions tbody tr"));
        assertThat(sessions).as("6 weeks of 3 sessions, less Friday 25 December").hasSize(17);
        assertThat(sessions.get(0).getText()).isEqualTo("1 Wed 2 Dec 2026 18:30 planned");

        var expected = new Answers("Sam", new Pain(Set.of(PainArea.KNEE), 4, false), Safety.allClear(),
                new Footwear(false, false, false, true, "worn running shoes"), new Abilities(true, true, true),
                Set.of(Equipment.CHAIR, Equipment.BAND, Equipment.TOWEL), 25,
                new Schedule(3, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 30),
                        BERLIN, LocalDate.of(2026, 12, 1), 6, 10, new TreeSet<>(Set.of(LocalDate.of(2026, 12, 25)))));
        assertThat(AnswersFile.read(dir.resolve("sam.yaml"))).isEqualTo(expected);
        assertThat(dir.resolve("calendars/sam.ics")).exists();
    }

    // 2. A wrong answer is shown beside its field, with the terminal's words, and nothing is saved.

    @Test
    void aWrongTimeIsShownBesideItsFieldAndNothingIsSaved() throws IOException {
        byte[] before = openKneeRunnersAnswers();
        answerSafety();
        type("Pain level on a typical day", "5");
        type("Time of day", "25:00");

        submit("Save my answers and make my plan");

        WebElement time = field("Time of day");
        assertThat(time.getDomProperty("value")).isEqualTo("25:00");
        List<WebElement> errors = browser.findElements(By.cssSelector(".error"));
        assertThat(errors).as("one error, the time's").hasSize(1);
        WebElement error = errors.get(0);
        assertThat(error.getText()).isEqualTo(formError(Question.TIME, "25:00")).contains("25:00");
        WebElement question = time.findElement(By.xpath("ancestor::div[contains(@class,'question')][1]"));
        assertThat(question.findElements(By.cssSelector(".error"))).as("the error is in the time's question")
                .containsExactly(error);
        assertThat(question.getDomAttribute("class")).contains("invalid");
        assertThat(error.getRect().getY()).as("below the field's label, not far down the page")
                .isBetween(question.getRect().getY(), question.getRect().getY() + question.getRect().getHeight());

        assertThat(field("Pain level on a typical day").getDomProperty("value")).isEqualTo("5");
        assertThat(field("Anything else about your shoes?").getDomProperty("value"))
                .isEqualTo("runs three times a week in worn running shoes, about 900 km on them");
        for (Question safety : Question.Group.SAFETY.questions()) {
            assertThat(chosen(safety.text())).as(safety.text()).isEqualTo("No");
        }
        assertThat(chosen("Do you run?")).isEqualTo("Yes");
        assertThat(ticked("What do you have at home?")).containsExactly("chair", "band", "towel");
        assertThat(ticked("Days you could train")).containsExactly("mon", "wed", "fri");
        assertKneeRunnersAnswersAre(before);
    }

    // 3. A warning sign: the referral, no plan, nothing saved.

    @Test
    void aRedFlagShowsTheReferralAndNoPlan() throws IOException {
        byte[] before = openKneeRunnersAnswers();
        answerSafety(Question.RECENT_FALL_OR_INJURY);

        submit("Save my answers and make my plan");

        assertThat(text(By.tagName("h1"))).startsWith("Please see a clinician");
        assertThat(text(By.cssSelector("#referral ul"))).isNotBlank();
        assertThat(browser.findElements(By.id("exercises"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".exercise, .handout-exercise, table.sessions"))).isEmpty();
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertKneeRunnersAnswersAre(before);
        assertThat(dir.resolve("calendars/knee-runner.ics")).doesNotExist();
    }

    // 4. The handout: every exercise of the plan with its picture, and the sessions to tick.

    @Test
    void theHandoutHasEveryExercisesPictureAndTheSessionsToTick() throws IOException {
        serve(BEFORE_START);
        open("/plan/knee-runner");
        List<String> exercises = texts(By.cssSelector("#exercises li.exercise h3"));
        List<String> sessions = texts(By.cssSelector("table.sessions tbody tr"));
        assertThat(exercises).hasSize(5);
        assertThat(sessions).hasSize(17);

        open("/handout/knee-runner");

        List<WebElement> sections = browser.findElements(By.cssSelector(".handout-exercise"));
        assertThat(sections.stream().map(s -> s.findElement(By.tagName("h2")).getText()).toList())
                .isEqualTo(exercises);
        for (WebElement section : sections) {
            assertLoadedPicture(section.findElement(By.tagName("img")));
            assertThat(section.findElements(By.cssSelector("ol.steps li"))).isNotEmpty();
            assertThat(section.findElements(By.cssSelector("ul.dose li"))).isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("table.ticks tbody tr"))).as("a row a week").hasSize(6);
        assertThat(browser.findElements(By.cssSelector("table.ticks td span.box"))).as("a box a session")
                .hasSize(sessions.size());
        assertThat(text(By.cssSelector("table.ticks tbody tr"))).startsWith("Week 1 ")
                .contains("Wed 2 Dec", "Fri 4 Dec");
        assertThat(printedPages("A4", 8.27, 11.69)).as("the handout prints on one or two A4 pages").isBetween(1, 2);
        assertThat(printedPages("Letter", 8.5, 11)).as("... and Letter pages").isBetween(1, 2);
    }

    // 5. The calendar feed a calendar app subscribes to.

    @Test
    void theSubscriptionAddressAnswers200Then304() throws Exception {
        serve(BEFORE_START);
        open("/plan/knee-runner");
        assertThat(browser.findElements(By.cssSelector("a[href^='webcal:']"))).as("no calendar yet").isEmpty();

        submit("Save the plan and write my calendar");

        WebElement link = browser.findElement(By.cssSelector("a[href^='webcal:']"));
        String webcal = link.getDomAttribute("href");
        assertThat(webcal).isEqualTo("webcal://127.0.0.1:" + server.address().getPort()
                + "/calendars/knee-runner.ics");
        assertThat(link.getText()).isEqualTo(webcal);
        assertThat(dir.resolve("calendars/knee-runner.ics")).exists();

        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI feed = URI.create("http" + webcal.substring("webcal".length()));
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(feed).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(first.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    // 6. A check-in after a session.

    @Test
    void aCheckInIsSavedAndAPainOutOfRangeIsShownBesideItsField() throws IOException, BadValue {
        serve(AFTER_A_SESSION);
        Path checkIns = dir.resolve("knee-runner.checkins.yaml");
        byte[] before = Files.readAllBytes(checkIns);
        open("/checkin/knee-runner");
        var session = new Select(field("Which session?"));
        session.selectByValue("2026-12-23");
        assertThat(session.getFirstSelectedOption().getText()).contains("23 Dec");
        choose(CheckInQuestion.DONE.question(), "Yes, I did it");
        type(CheckInQuestion.PAIN_DURING.question(), "12");

        submit("Save the check-in and adjust my plan");

        WebElement pain = field(CheckInQuestion.PAIN_DURING.question());
        assertThat(pain.getDomProperty("value")).isEqualTo("12");
        WebElement question = pain.findElement(By.xpath("ancestor::div[contains(@class,'question')][1]"));
        List<WebElement> errors = browser.findElements(By.cssSelector(".error"));
        assertThat(errors).hasSize(1);
        assertThat(question.findElements(By.cssSelector(".error"))).containsExactly(errors.get(0));
        assertThat(errors.get(0).getText()).contains("out of range").isEqualTo(checkInError("12"));
        assertThat(chosen(CheckInQuestion.DONE.question())).isEqualTo("Yes, I did it");
        assertThat(Files.readAllBytes(checkIns)).isEqualTo(before);

        type(CheckInQuestion.PAIN_DURING.question(), "6");
        submit("Save the check-in and adjust my plan");

        assertThat(text(By.cssSelector(".notice"))).startsWith("Checked in");
        assertThat(browser.findElements(By.id("exercises"))).hasSize(1);
        assertThat(CheckInsFile.read(checkIns).on(LocalDate.of(2026, 12, 23))).hasValueSatisfying(c -> {
            assertThat(c.done()).isTrue();
            assertThat(c.painDuring()).isEqualTo(OptionalInt.of(6));
        });
        assertThat(CheckInsFile.read(checkIns).size()).isEqualTo(10);
    }

    // 7. Screenshots, for a person to look at: target/screenshots/*.png.

    @Test
    void screenshotsOfTheQuestionnaireThePlanAndTheHandout() throws Exception {
        serve(BEFORE_START);
        open("/new");
        screenshot("questionnaire");
        open("/answers/knee-runner");
        answerSafety();
        type("Time of day", "25:00");
        submit("Save my answers and make my plan");
        screenshot("questionnaire-error");
        open("/plan/knee-runner");
        submit("Save the plan and write my calendar");
        screenshot("plan");
        open("/handout/knee-runner");
        screenshot("handout");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            screenshot("handout-print");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            open("/plan/knee-runner");
            screenshot("plan-phone");
            open("/answers/knee-runner");
            screenshot("questionnaire-phone");
            open("/handout/knee-runner");
            screenshot("handout-phone");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(overflows).as("pages that stick out sideways, so a person must scroll to read them").isEmpty();
    }

    /** The answers page of the knee runner on a fresh server; returns her answers file as it was. */
    private byte[] openKneeRunnersAnswers() throws IOException {
        serve(BEFORE_START);
        byte[] before = Files.readAllBytes(dir.resolve("knee-runner.yaml"));
        open("/answers/knee-runner");
        return before;
    }

    private void assertKneeRunnersAnswersAre(byte[] before) throws IOException {
        assertThat(Files.readAllBytes(dir.resolve("knee-runner.yaml"))).as("the answers file").isEqualTo(before);
        assertThat(dir.resolve("knee-runner.yaml.bak")).as("no backup: nothing was saved").doesNotExist();
    }

    // Finding things as a person does: by the words beside them.

    /** The field a label names: the {@code <label>} whose text is the question, and the input its {@code for} names. */
    private WebElement field(String label) {
        List<WebElement> labels = browser.findElements(By.xpath("//label[starts-with(normalize-space(.), "
                + literal(label) + ")]")).stream().filter(l -> {
                    String text = l.getText().strip();
                    return text.equals(label) || text.startsWith(label + " (");
                }).toList();
        assertThat(labels).as("one label reads %s", label).hasSize(1);
        WebElement found = labels.get(0);
        assertThat(found.isDisplayed()).as("the label %s is shown", label).isTrue();
        String id = found.getDomAttribute("for");
        assertThat(id).as("the label %s names its field", label).isNotBlank();
        return browser.findElement(By.id(id));
    }

    /** Types an answer into the field a label names, replacing what is there; returns the field's name. */
    private String type(String label, String answer) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(answer);
        assertThat(field.getDomProperty("value")).isEqualTo(answer);
        return field.getDomAttribute("name");
    }

    /** Types a date into a date field as a person does, in the browser's (en-US) order of month, day and year. */
    private String date(String label, LocalDate date) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
        return field.getDomAttribute("name");
    }

    /** The group of radio buttons or boxes a question heads, through the group's {@code aria-labelledby}. */
    private WebElement group(String question) {
        List<WebElement> heads = browser.findElements(By.xpath("//*[@id][not(self::label)][normalize-space(.)="
                + literal(question) + "]"));
        assertThat(heads).as("one heading reads %s", question).hasSize(1);
        List<WebElement> groups = browser.findElements(By.cssSelector("[aria-labelledby='"
                + heads.get(0).getDomAttribute("id") + "']"));
        assertThat(groups).as("one group is labelled %s", question).hasSize(1);
        assertThat(groups.get(0).getDomAttribute("role")).isIn("radiogroup", "group");
        return groups.get(0);
    }

    /** Clicks the choice labelled {@code answer} of the question; returns the field's name. */
    private String choose(String question, String answer) {
        List<WebElement> labels = group(question).findElements(By.xpath(".//label[normalize-space(.)="
                + literal(answer) + "]"));
        assertThat(labels).as("%s has the choice %s", question, answer).hasSize(1);
        labels.get(0).click();
        WebElement radio = labels.get(0).findElement(By.tagName("input"));
        assertThat(radio.isSelected()).isTrue();
        return radio.getDomAttribute("name");
    }

    /** Answers every safety question No, but those given Yes; returns the fields' names. */
    private List<String> answerSafety(Question... yes) {
        return Question.Group.SAFETY.questions().stream()
                .map(q -> choose(q.text(), List.of(yes).contains(q) ? "Yes" : "No")).toList();
    }

    /** Ticks exactly the boxes labelled {@code choices} of the question; returns the field's name. */
    private String tick(String question, String... choices) {
        List<WebElement> labels = group(question).findElements(By.tagName("label"));
        assertThat(labels.stream().map(WebElement::getText).map(String::strip).toList()).contains(choices);
        String name = null;
        for (WebElement label : labels) {
            WebElement box = label.findElement(By.tagName("input"));
            if (box.isSelected() != List.of(choices).contains(label.getText().strip())) {
                label.click();
            }
            name = box.getDomAttribute("name");
        }
        assertThat(ticked(question)).containsExactly(choices);
        return name;
    }

    /** The label of the chosen answer of a question of radio buttons; empty when none is. */
    private String chosen(String question) {
        List<String> chosen = ticked(question);
        assertThat(chosen).hasSizeLessThan(2);
        return chosen.isEmpty() ? "" : chosen.get(0);
    }

    private List<String> ticked(String question) {
        return group(question).findElements(By.tagName("label")).stream()
                .filter(l -> l.findElement(By.tagName("input")).isSelected())
                .map(l -> l.getText().strip()).toList();
    }

    /** Clicks the button that reads {@code words} and waits for the page it brings. */
    private void submit(String words) {
        List<WebElement> buttons = browser.findElements(By.xpath("//button[normalize-space(.)=" + literal(words)
                + "]"));
        assertThat(buttons).as("one button reads %s", words).hasSize(1);
        WebElement page = browser.findElement(By.tagName("html"));
        buttons.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** An image that has loaded, with words for those who cannot see it. */
    private void assertLoadedPicture(WebElement img) {
        assertThat(img.getDomAttribute("alt")).as("alt text of %s", img.getDomAttribute("src")).isNotBlank();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return arguments[0].complete", img)));
        Number width = (Number) browser.executeScript("return arguments[0].naturalWidth", img);
        assertThat(width.intValue()).as("%s loaded", img.getDomAttribute("src")).isPositive();
        assertThat(img.isDisplayed()).isTrue();
    }

    /** How many pages the current page prints on, on paper of this size (inches), as Chromium prints it. */
    private int printedPages(String paper, double width, double height) throws IOException {
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", width,
                "paperHeight", height, "marginTop", 0.47, "marginBottom", 0.47, "marginLeft", 0.47,
                "marginRight", 0.47, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("handout-" + paper + ".pdf"), bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return (int) Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text).results().count();
    }

    /** The whole page, however long, as {@code target/screenshots/<name>.png}. */
    private void screenshot(String name) throws IOException {
        browser.executeScript("return Promise.all(Array.from(document.images).map(i => i.decode().catch(() => 0)))");
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.executeScript("return document.documentElement.clientWidth");
        if (scrollWidth.intValue() > clientWidth.intValue()) {
            @SuppressWarnings("unchecked")
            var wide = (List<String>) browser.executeScript("const w = document.documentElement.clientWidth;"
                    + " return Array.from(document.querySelectorAll('main *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));");
            overflows.add(name + ".png is " + scrollWidth + " px wide in a " + clientWidth + " px window: "
                    + wide.stream().limit(6).collect(Collectors.joining(", ")));
        }
    }

    // What the command line says for the same values.

    /** The message the answers form (and so the terminal's reader) gives for this value of a question. */
    private static String formError(Question question, String value) {
        var read = AnswersForm.read(Map.of(question.key(), List.of(value)));
        assertThat(read).isInstanceOf(AnswersForm.Rejected.class);
        return ((AnswersForm.Rejected) read).errors().stream().filter(e -> e.key().equals(question.key()))
                .map(e -> e.message()).findFirst().orElseThrow();
    }

    /** The message the check-ins file gives for this pain. */
    private static String checkInError(String pain) {
        try {
            CheckIn.pain(pain);
        } catch (BadValue e) {
            return e.getMessage();
        }
        throw new AssertionError(pain + " is a good pain rating");
    }

    /** An XPath string literal of text without double quotes. */
    private static String literal(String text) {
        assertThat(text).doesNotContain("\"");
        return "\"" + text + "\"";
    }
}
