package org.badgekit.keys;

import java.util.Locale;
import org.badgekit.BadgeException;

/** How a key file is written. Reading detects the format from the content. */
public enum KeyFormat {
    /** A JSON Web Key (RFC 7517), private members included for a private key. */
    JWK,
    /** PEM: SPKI {@code PUBLIC KEY}, PKCS#8 {@code PRIVATE KEY} or {@code ENCRYPTED PRIVATE KEY}. */
    PEM;

    /**
     * Parses {@code jwk} or {@code pem} (case-insensitive).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} for any other name
     */
    public static KeyFormat parse(String name) throws BadgeException {
        String normalized = name == null ? "" : name.toLowerCase(Locale.ROOT);
        switch (normalized) {
            case "jwk":
            case "json":
                return JWK;
            case "pem":
                return PEM;
            default:
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "key format '" + name + "' is not one of jwk, pem");
        }
    }
}
