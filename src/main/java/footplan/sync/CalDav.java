package footplan.sync;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few WebDAV/CalDAV requests a sync needs, each failure turned into a {@link ServerException}. */
final class CalDav {

    static final Duration CONNECT = Duration.ofSeconds(10);
    static final Duration REQUEST = Duration.ofSeconds(30);

    private static final Pattern RESPONSE = Pattern.compile(
            "<(?:[A-Za-z0-9]+:)?response\\b.*?</(?:[A-Za-z0-9]+:)?response>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile(
            "<(?:[A-Za-z0-9]+:)?href>\\s*(.*?)\\s*</(?:[A-Za-z0-9]+:)?href>", Pattern.DOTALL);
    private static final Pattern ETAG = Pattern.compile(
            "<(?:[A-Za-z0-9]+:)?getetag>\\s*(.*?)\\s*</(?:[A-Za-z0-9]+:)?getetag>", Pattern.DOTALL);

    /** A response: status, ETag header, body. */
    record Answer(int status, Optional<String> etag, String body) {
    }

    /** Headers never traced: they carry the password, or a session that stands for it. */
    private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private final Account account;
    private final Duration connect;
    private final Duration timeout;
    private final PrintWriter trace;
    int writes; // PUT, DELETE and MKCALENDAR sent, for the report and the tests

    CalDav(Account account) {
        this(account, CONNECT, REQUEST, null);
    }

    /**
     * @param trace where each exchange is shown (method, URL, status, headers but the secret ones), or null
     */
    CalDav(Account account, Duration connect, Duration timeout, PrintWriter trace) {
        this.account = account;
        this.connect = connect;
        this.timeout = timeout;
        this.trace = trace;
    }

    Account account() {
        return account;
    }

    URI collection() {
        return account.collection();
    }

    URI resource(String uid) {
        var name = new StringBuilder();
        for (byte b : (uid + ".ics").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~@".indexOf(c) >= 0) {
                name.append((char) c);
            } else {
                name.append('%').append(String.format("%02X", c));
            }
        }
        return account.collection().resolve(name.toString());
    }

    /** Whether the collection is a calendar; empty when there is nothing at the address. */
    Optional<Boolean> isCalendar() {
        var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                + "<d:resourcetype/></d:prop></d:propfind>";
        var answer = send("PROPFIND", collection(), body, Map.of("Depth", "0"));
        if (answer.status() == 404 || answer.status() == 207 && isMissing(answer.body())) {
            return Optional.empty();
        }
        expect(answer, collection(), 207);
        return Optional.of(answer.body().matches("(?s).*<(?:[A-Za-z0-9]+:)?calendar\\s*/>.*"));
    }

    /**
     * A multi-status whose only answer is a 404 with no properties: RFC 4918 lets a server say "nothing here"
     * that way instead of with the request's own status (xandikos does; Radicale answers 404).
     */
    private static boolean isMissing(String multistatus) {
        return !multistatus.matches("(?s).*<(?:[A-Za-z0-9]+:)?propstat[\\s>].*")
                && multistatus.matches("(?s).*<(?:[A-Za-z0-9]+:)?status>\\s*HTTP/1\\.[01] 404.*");
    }

    /**
     * @param timezone a VCALENDAR with the VTIMEZONE of the calendar's zone (RFC 4791 5.2.2), when there is one
     */
    void makeCalendar(String displayName, Optional<String> timezone) {
        // The CRs as character references: an XML parser turns a literal CRLF into LF, and iCalendar wants CRLF.
        var zone = timezone.map(text -> "<c:calendar-timezone>" + xml(text).replace("\r", "&#13;")
                + "</c:calendar-timezone>").orElse("");
        var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><c:mkcalendar xmlns:d=\"DAV:\""
                + " xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:set><d:prop><d:displayname>" + xml(displayName)
                + "</d:displayname>" + zone + "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
                + "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>";
        writes++;
        expect(send("MKCALENDAR", collection(), body, Map.of()), collection(), 201);
    }

    /** The ETag of every resource in the collection, by its path (decoded). */
    Map<String, String> etags() {
        var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                + "<d:getetag/></d:prop></d:propfind>";
        var answer = send("PROPFIND", collection(), body, Map.of("Depth", "1"));
        expect(answer, collection(), 207);
        var etags = new LinkedHashMap<String, String>();
        Matcher response = RESPONSE.matcher(answer.body());
        while (response.find()) {
            var href = HREF.matcher(response.group());
            var etag = ETAG.matcher(response.group());
            if (href.find() && etag.find()) {
                etags.put(collection().resolve(unxml(href.group(1))).getPath(), unxml(etag.group(1)));
            }
        }
        return etags;
    }

    Answer get(URI resource) {
        var answer = send("GET", resource, null, Map.of());
        expect(answer, resource, 200);
        return answer;
    }

    /** PUT with a precondition; a 412 comes back as the answer, for the caller to decide. */
    Answer put(URI resource, String text, Map<String, String> precondition) {
        var headers = new LinkedHashMap<>(precondition);
        headers.put("Content-Type", "text/calendar; charset=utf-8");
        writes++;
        var answer = send("PUT", resource, text, headers);
        if (answer.status() != 412) {
            expect(answer, resource, 200, 201, 204);
        }
        return answer;
    }

    Answer delete(URI resource, String etag) {
        writes++;
        var answer = send("DELETE", resource, null, Map.of("If-Match", etag));
        if (answer.status() != 412 && answer.status() != 404) {
            expect(answer, resource, 200, 204);
        }
        return answer;
    }

    private Answer send(String method, URI uri, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/xml; charset=utf-8");
        }
        headers.forEach(request::header);
        if (trace != null) {
            trace.println("> " + method + " " + uri);
            traceHeaders("> ", request.copy().build().headers().map()); // before the credentials are added
            trace.flush();
        }
        account.authorization().ifPresent(value -> request.header("Authorization", value));
        try {
            // A client per request: servers such as Radicale answer HTTP/1.0 and close the connection, and a
            // pooled connection they closed fails the next request with "header parser received no bytes".
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (trace != null) {
                trace.println("< " + response.statusCode() + " " + method + " " + uri);
                traceHeaders("< ", response.headers().map());
                trace.flush();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("ETag"), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new ServerException(uri + ": no answer within " + span(connect), e);
        } catch (HttpTimeoutException e) {
            throw new ServerException(uri + ": no answer to " + method + " within " + span(timeout), e);
        } catch (ConnectException e) {
            throw new ServerException(uri + ": cannot connect (" + (e.getMessage() == null ? "connection refused"
                    : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new ServerException(uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(uri + ": interrupted", e);
        }
    }

    private static String span(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " seconds" : duration.toMillis() + " ms";
    }

    private void traceHeaders(String prefix, Map<String, java.util.List<String>> headers) {
        headers.forEach((name, values) -> {
            if (!SECRET.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> trace.println(prefix + name + ": " + value));
            }
        });
    }

    private void expect(Answer answer, URI uri, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        int status = answer.status();
        String why;
        if (status == 401) {
            why = "wrong user name or password";
        } else if (status == 403) {
            why = "no permission for this calendar";
        } else if (status >= 300 && status < 400) {
            why = "the server redirects elsewhere; give the address it names";
        } else if (status >= 500) {
            why = "the server failed";
        } else {
            why = "not the answer of a CalDAV server";
        }
        throw new ServerException(uri + ": HTTP " + status + ", " + why);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unxml(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
