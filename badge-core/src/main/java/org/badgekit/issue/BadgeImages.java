package org.badgekit.issue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaImage;

/**
 * The picture a badge is baked into: the criteria file's image when it has one in the wanted format, else a generated round
 * badge (see {@link #generated}), so that every badge has a picture. A criteria SVG cannot be turned into a PNG without an
 * SVG renderer, so PNG baking of such a badge uses the generated picture. Thread-safe; images are made once per badge,
 * language and format.
 */
public final class BadgeImages {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** An empty cache. */
    public BadgeImages() {
        // images are made on first use
    }

    /**
     * The image of {@code badge} in {@code language} as {@code format}.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the criteria image is not a valid base64 data URI
     */
    public byte[] imageFor(BadgeCriteria badge, String language, ImageFormat format) throws BadgeException {
        String key = badge.id() + ' ' + badge.version() + ' ' + language + ' ' + format;
        byte[] image = cache.get(key);
        if (image == null) {
            image = make(badge, language, format);
            cache.putIfAbsent(key, image);
        }
        return image.clone();
    }

    private static byte[] make(BadgeCriteria badge, String language, ImageFormat format) throws BadgeException {
        if (badge.image().isPresent()) {
            CriteriaImage image = badge.image().get();
            String wanted = format == ImageFormat.PNG ? "image/png" : "image/svg+xml";
            if (image.mediaType().equals(wanted)) {
                return decode(image);
            }
        }
        return generated(badge, language, format);
    }

    /** The generated picture: the badge name and EQF level on a disc coloured by the badge id. */
    public static byte[] generated(BadgeCriteria badge, String language, ImageFormat format) {
        String name = badge.name().get(language);
        String level = "EQF " + badge.eqfLevel();
        return format == ImageFormat.PNG ? BadgeArt.png(badge.id(), name, level) : BadgeArt.svg(badge.id(), name, level);
    }

    private static byte[] decode(CriteriaImage image) throws BadgeException {
        String uri = image.dataUri();
        int comma = uri.indexOf(',');
        if (!uri.startsWith("data:") || comma < 0) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "criteria image " + image.path() + " is not a data: URI");
        }
        String header = uri.substring(0, comma);
        String body = uri.substring(comma + 1);
        try {
            return header.endsWith(";base64") ? Base64.getDecoder().decode(body)
                    : java.net.URLDecoder.decode(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "criteria image " + image.path()
                    + " is not valid base64", e);
        }
    }
}
