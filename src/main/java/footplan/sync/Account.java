package footplan.sync;

import footplan.UserInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to sync and as whom. The password stays in here: {@link #toString} leaves it out, and so does every
 * message.
 *
 * @param collection the calendar collection, its path ending in {@code /}
 */
public record Account(URI collection, Optional<String> user, Optional<String> password) {

    /** 127.x.y.z, each number 0-255 without leading zeros. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile(
            "127(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    /**
     * Checks the address: http or https, no user info in it, plain http only to this computer.
     *
     * @throws UserInputException when the address is not one footplan will send a password or calendar to
     */
    public static URI address(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UserInputException("--url " + url + " is not an address: " + e.getReason());
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new UserInputException("--url " + url + " is not an http or https address of a calendar");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UserInputException("--url: put the user name in --user and the password in"
                    + " FOOTPLAN_CALDAV_PASSWORD or --password-file, not in the address");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw new UserInputException("--url " + url + ": plain http is only for a server on this computer;"
                    + " use https, so that your password and calendar are not sent readable");
        }
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        // Host names are case-blind: one spelling, so that the sync record knows the collection by one address.
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    /**
     * 127.0.0.0/8 written as four decimal numbers, ::1, or localhost. Nothing is looked up: a resolver could say
     * anything, and say something else when HttpClient asks it again to connect. (InetAddress takes what looks like
     * an IPv4 address but is not one, such as 999.1.1.1, for a name and asks DNS.)
     */
    static boolean loopback(String host) {
        var name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (name.contains(":")) {
            try {
                // an IPv6 literal (URI has checked it): parsed, never looked up
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return IPV4_LOOPBACK.matcher(name).matches();
    }

    Optional<String> authorization() {
        if (user.isEmpty()) {
            return Optional.empty();
        }
        var pair = user.get() + ":" + password.orElse("");
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "Account[" + collection + (user.isPresent() ? ", user " + user.get() : "") + "]";
    }
}
