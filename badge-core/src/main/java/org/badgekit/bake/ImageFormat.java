package org.badgekit.bake;

/** The image formats a badge can be baked into, detected from the content, never from the file name. */
public enum ImageFormat {
    /** Portable Network Graphics: the badge is an {@code iTXt} chunk. */
    PNG,
    /** Scalable Vector Graphics: the badge is an element in the {@code openbadges} namespace. */
    SVG
}
