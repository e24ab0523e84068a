package com.deadlinecost.app.wiring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code --endpoint}: an http or https URL with a host and a valid port. Credentials in it
 * ({@code http://KEY:SECRET@host}) are refused, and never repeated: messages show the URL without them.
 */
public final class EndpointUrls {
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#]*@");
    private static final int MAX_PORT = 65_535;

    private EndpointUrls() {
    }

    /**
     * The URL of {@code --endpoint}.
     *
     * @throws IllegalArgumentException with a message that names the problem, never the credentials
     */
    public static URI parse(String text) {
        String shown = withoutCredentials(text.strip());
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint '" + shown + "' is not a URL such as "
                + "http://127.0.0.1:8080");
        }
        if (uri.getRawUserInfo() != null || USER_INFO.matcher(text).find()) {
            throw new IllegalArgumentException("--endpoint " + shown + " must not carry credentials (user:password@); "
                + "they were not used. Give credentials with --profile, or none for a local emulator");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--endpoint " + shown + " must be an http:// or https:// URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint " + shown + " has no host name; write it like "
                + "http://127.0.0.1:8080");
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            throw new IllegalArgumentException("--endpoint " + shown + " has port " + uri.getPort()
                + "; a port is 1 to " + MAX_PORT);
        }
        return uri;
    }

    /** The URL as text with any {@code user:password@} removed. */
    public static String withoutCredentials(String text) {
        return USER_INFO.matcher(text).replaceAll("");
    }
}
