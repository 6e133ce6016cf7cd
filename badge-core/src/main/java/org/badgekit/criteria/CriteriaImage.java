package org.badgekit.criteria;

import java.util.Objects;

/**
 * The badge image named by a criteria file.
 *
 * @param path      as written in the file, relative to the criteria file
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param dataUri   the image's bytes as a {@code data:} URI, ready to embed in an Achievement or BadgeClass
 * @param alt       the alternative text, which becomes the image caption
 */
public record CriteriaImage(String path, String mediaType, String dataUri, LocalizedText alt) {
    public CriteriaImage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(alt, "alt");
    }
}
