package footplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What keeps a server on someone's own computer theirs: other web sites they visit can neither read its pages
 * (the Host check defeats DNS rebinding) nor post its forms (a token only footplan's own pages carry), and the
 * browser is told to run nothing but what footplan serves.
 */
final class Guard {

    /** The largest request body footplan reads: an answers file is far smaller. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** The hidden form field that carries the token. */
    static final String TOKEN_FIELD = "csrf";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String boundHost;
    private final boolean anyAddress;
    private final String token;

    Guard(InetAddress bound) {
        this.boundHost = bound.getHostAddress().toLowerCase(Locale.ROOT);
        this.anyAddress = bound.isAnyLocalAddress();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The token the server's forms carry; new at each start. */
    String token() {
        return token;
    }

    /** Runs before every request: refuses what does not come to this server by its own name, or is too big. */
    void check(Context ctx) {
        securityHeaders(ctx);
        if (!hostAllowed(ctx.header("Host"))) {
            refuse(ctx, HttpStatus.MISDIRECTED_REQUEST, "This server answers only to localhost or " + boundHost
                    + ": the address in the request names another host.");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            refuse(ctx, HttpStatus.CONTENT_TOO_LARGE, "The request is larger than 64 KiB; an answers file is far"
                    + " smaller.");
        }
        if (isMultipart(ctx.header("Content-Type"))) {
            // Javalin's maxRequestSize bounds ctx.body() only: Jetty parses a multipart form itself, of any size,
            // and writes its file parts to disk. footplan's forms send no files, so it reads no multipart at all.
            refuse(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "footplan's forms send no files: send the form as"
                    + " application/x-www-form-urlencoded, or answers as JSON or YAML.");
        }
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Refuses a form post that does not carry this server's token. */
    void checkToken(Context ctx) {
        String sent = ctx.formParam(TOKEN_FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            refuse(ctx, HttpStatus.FORBIDDEN, "This form was not sent from a footplan page of this server (or the"
                    + " server restarted since the page was loaded): go back, reload the page and send it again.");
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /**
     * A DNS-rebinding page reaches this server under the attacker's host name: only localhost, the address the
     * server is bound to, and (when bound to every address) any address literal are footplan's own names.
     */
    boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = withoutPort(hostHeader.trim().toLowerCase(Locale.ROOT));
        if (host.equals("localhost") || host.equals(boundHost) || host.equals("[" + boundHost + "]")) {
            return true;
        }
        return anyAddress && (IPV4.matcher(host).matches() || host.startsWith("["));
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        throw new Refused(status, message);
    }

    /** A request refused before any page or file was touched; the server answers with the status and message. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}
