package org.badgekit.bake;

/**
 * Parser limits for hostile images. Every limit is checked while reading, so that an oversized input is refused after
 * reading at most the limit, never after buffering all of it.
 *
 * @param maxImageBytes largest image read or written
 * @param maxChunkBytes largest PNG chunk (the PNG format itself allows up to 2^31-1)
 * @param maxPayloadBytes largest badge payload (PNG text chunk data, SVG badge element body or attribute)
 * @param maxChunks most PNG chunks in one file
 * @param maxXmlTokenChars longest SVG text node, attribute value, comment, CDATA section or DOCTYPE
 */
public record BakeLimits(long maxImageBytes, int maxChunkBytes, int maxPayloadBytes, int maxChunks, int maxXmlTokenChars) {
    private static final int MB = 1024 * 1024;

    public BakeLimits {
        positive(maxImageBytes, "maxImageBytes");
        positive(maxChunkBytes, "maxChunkBytes");
        positive(maxPayloadBytes, "maxPayloadBytes");
        positive(maxChunks, "maxChunks");
        positive(maxXmlTokenChars, "maxXmlTokenChars");
    }

    /** 100 MB images, 64 MB chunks, 16 MB payloads, 10,000 chunks, 16 MB SVG tokens. */
    public static BakeLimits defaults() {
        return new BakeLimits(100L * MB, 64 * MB, 16 * MB, 10_000, 16 * MB);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " is " + value + ", expected a positive number");
        }
    }
}
