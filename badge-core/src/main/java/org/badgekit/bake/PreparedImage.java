package org.badgekit.bake;

import java.util.Objects;
import org.badgekit.BadgeException;

/**
 * An image read and checked once by {@link Baker#prepare(byte[])}, for baking many payloads into: a PNG is kept cut where
 * the badge chunk goes, so each {@link #bake} only builds the chunk and joins three arrays. Immutable and thread-safe.
 */
public final class PreparedImage {
    private final Baker baker;
    private final ImageFormat format;
    private final byte[] image;
    private final byte[] head;
    private final byte[] tail;

    PreparedImage(Baker baker, ImageFormat format, byte[] image, byte[] head, byte[] tail) {
        this.baker = Objects.requireNonNull(baker, "baker");
        this.format = Objects.requireNonNull(format, "format");
        this.image = image;
        this.head = head;
        this.tail = tail;
    }

    /** The image's format. */
    public ImageFormat format() {
        return format;
    }

    /**
     * Bakes a payload into a copy of the image; the bytes equal {@link Baker#bake(byte[], BakedPayload)} on the original image.
     *
     * @throws BadgeException as {@link Baker#bake(byte[], BakedPayload)} does for the payload
     */
    public byte[] bake(BakedPayload payload) throws BadgeException {
        if (format != ImageFormat.PNG) {
            return baker.bake(image, payload);
        }
        byte[] chunk = baker.pngBadgeChunk(payload);
        byte[] baked = new byte[head.length + chunk.length + tail.length];
        System.arraycopy(head, 0, baked, 0, head.length);
        System.arraycopy(chunk, 0, baked, head.length, chunk.length);
        System.arraycopy(tail, 0, baked, head.length + chunk.length, tail.length);
        return baked;
    }
}
