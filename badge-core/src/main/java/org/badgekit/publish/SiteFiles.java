package org.badgekit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/** The files of a site being built: relative path (with {@code /}) to bytes, sorted by path. Not thread-safe. */
final class SiteFiles {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /** Adds pretty-printed JSON ending in a newline. */
    void json(String path, JsonNode document) throws BadgeException {
        text(path, JsonCodec.writePretty(document) + "\n");
    }

    void text(String path, String text) throws BadgeException {
        bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a file; the same path twice with different content is a bug in what was published (two documents claiming one
     * URL), so it is refused.
     */
    void bytes(String path, byte[] content) throws BadgeException {
        SitePaths.check(path);
        byte[] before = files.putIfAbsent(path, content.clone());
        if (before != null && !Arrays.equals(before, content)) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "two different documents would be published at "
                    + path);
        }
    }

    SortedMap<String, byte[]> all() {
        return Collections.unmodifiableSortedMap(files);
    }
}
