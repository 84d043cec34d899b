package dev.atelier.studio;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an item's {@code image} or {@code animation_url} field points at: nothing, a local file
 * (before packaging), or a URI with a scheme.
 */
public record MediaRef(Kind kind, String text) {
    public enum Kind { EMPTY, FILE, URI }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]{1,15}):");

    public static MediaRef of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new MediaRef(Kind.EMPTY, t);
        }
        // A one-letter "scheme" is a Windows drive (C:\...); file: URIs are local files.
        Matcher m = SCHEME.matcher(t);
        if (m.find() && !m.group(1).equalsIgnoreCase("file")) {
            return new MediaRef(Kind.URI, t);
        }
        return new MediaRef(Kind.FILE, t);
    }

    public Optional<String> scheme() {
        Matcher m = SCHEME.matcher(text);
        return kind == Kind.URI && m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public Path path() {
        if (kind != Kind.FILE) {
            throw new IllegalStateException("not a file: " + text);
        }
        return text.regionMatches(true, 0, "file:", 0, 5) ? Path.of(java.net.URI.create(text)) : Path.of(text);
    }

    /** Lower-case file extension without the dot ("" when none); for URIs, of the path part. */
    public String extension() {
        String s = text;
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
