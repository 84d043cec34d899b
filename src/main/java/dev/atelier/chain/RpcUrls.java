package dev.atelier.chain;

import dev.atelier.common.AtelierException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * RPC endpoint URLs: validation, a safe form for display and logs (scheme, host and port only),
 * and recognising URLs that embed an API key — those belong in the vault, never in studio.db.
 */
public final class RpcUrls {
    public static final int MAX_LENGTH = 2048;
    private static final Set<String> SECRET_PARAMS = Set.of("apikey", "api_key", "api-key", "key", "token",
            "access_token", "accesstoken", "auth", "secret", "projectid", "project_id", "password");

    private RpcUrls() {
    }

    /** Parses an http(s) URL or throws with a message that says what a valid one looks like. */
    public static URI parse(String url) {
        String s = url == null ? "" : url.strip();
        if (s.isEmpty()) {
            throw new AtelierException("The RPC URL is empty. Enter the node's http:// or https:// address.");
        }
        if (s.length() > MAX_LENGTH) {
            throw new AtelierException("The RPC URL is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new AtelierException("\"" + display(s) + "\" is not a valid URL. An RPC URL looks like https://rpc.example.org.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new AtelierException("The RPC URL must start with http:// or https:// and name a host"
                    + (scheme.startsWith("ws") ? " (WebSocket endpoints are not supported; use the provider's HTTPS URL)." : "."));
        }
        return uri;
    }

    /** Scheme, host and port: what may be shown and logged even when the URL carries a key. */
    public static String display(String url) {
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                return "(invalid URL)";
            }
            return (u.getScheme() == null ? "" : u.getScheme() + "://") + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (URISyntaxException | RuntimeException e) {
            return "(invalid URL)";
        }
    }

    /**
     * True when the URL carries credentials: user info, a query parameter named like a key, or a path
     * segment that looks like one (Infura {@code /v3/<32 hex>}, Alchemy {@code /v2/<key>}, QuickNode,
     * Ankr): 20 or more characters mixing letters and digits.
     */
    public static boolean embedsSecret(String url) {
        URI u = parse(url);
        if (u.getRawUserInfo() != null) {
            return true;
        }
        String query = u.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (SECRET_PARAMS.contains(name)) {
                    return true;
                }
            }
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        for (String segment : path.split("/")) {
            if (segment.length() >= 20 && segment.chars().anyMatch(Character::isDigit)
                    && segment.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}
