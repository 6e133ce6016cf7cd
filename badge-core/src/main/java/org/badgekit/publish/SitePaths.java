package org.badgekit.publish;

import java.net.URI;
import org.badgekit.BadgeException;

/** Maps published URLs to paths inside the site folder, and names the folder's own bookkeeping files. */
public final class SitePaths {
    /** Paths of revoked hosted assertions, one per line, that {@link SiteServer} answers with 410 Gone. */
    public static final String GONE_LIST = ".badgekit/gone.txt";
    /** The file served for a directory URL when the client does not prefer HTML. */
    public static final String INDEX_JSON = "index.json";
    /** The file served for a directory URL to browsers (and when there is no {@link #INDEX_JSON}). */
    public static final String INDEX_HTML = "index.html";

    private SitePaths() {}

    /**
     * The path of {@code url} inside a site hosted at {@code base}: {@code https://x.example/badges/a/v1/en} under
     * {@code https://x.example/} is {@code badges/a/v1/en}.
     *
     * @throws BadgeException {@code INVALID_INPUT} when {@code url} is not below {@code base}
     */
    public static String relative(URI base, String url) throws BadgeException {
        String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        int hash = url.indexOf('#');
        String plain = hash < 0 ? url : url.substring(0, hash);
        if (!plain.startsWith(prefix) || plain.length() == prefix.length()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "URL " + url + " is not below the base URL " + prefix
                    + ", so it cannot be published there");
        }
        String path = plain.substring(prefix.length());
        check(path);
        return path;
    }

    /** Refuses paths that could leave the site folder or hide in it. */
    static void check(String path) throws BadgeException {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || path.indexOf('\0') >= 0 || path.contains("?") || path.contains("%");
        for (String segment : path.split("/")) {
            bad |= segment.equals("..") || segment.equals(".");
        }
        if (bad) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "'" + path + "' is not a safe path inside the site folder");
        }
    }
}
