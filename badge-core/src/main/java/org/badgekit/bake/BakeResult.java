package org.badgekit.bake;

import java.util.Objects;

/**
 * What a bake did.
 *
 * @param format the image format, detected from the content
 * @param kind what was baked
 * @param replaced how many badge chunks or elements that were already in the image were removed (0 for a fresh image)
 * @param bytesWritten size of the baked image
 */
public record BakeResult(ImageFormat format, PayloadKind kind, int replaced, long bytesWritten) {
    public BakeResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
    }
}
