package org.badgekit.issue;

import java.util.Locale;
import org.badgekit.BadgeException;

/** How a workspace's issuer is identified: by its Ed25519 key ({@code did:key}) or by its web address ({@code did:web}). */
public enum DidMethod {
    /** {@code did:key:z6Mk...} of the workspace's Ed25519 key; nothing has to be hosted to verify. */
    KEY,
    /** {@code did:web:host[:path]} derived from the base URL; the DID document must be hosted there. */
    WEB;

    /** {@code key} or {@code web}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code key} or {@code web} (case-insensitive).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the value otherwise
     */
    public static DidMethod parse(String text) throws BadgeException {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "key":
                return KEY;
            case "web":
                return WEB;
            default:
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "did method '" + text + "' is not one of key, web");
        }
    }
}
