package org.badgekit.issue;

import java.util.Locale;
import org.badgekit.BadgeException;

/**
 * How a credential is secured. For OB 3.0: an embedded Data Integrity proof ({@code eddsa-rdfc-2022}, Ed25519) or a VC-JWT
 * (RS256). For OB 2.0: {@link #JWT} and {@link #DI} both mean a signed assertion (JWS RS256, the only signature OB 2.0
 * defines); {@link #HOSTED} means a hosted assertion verified by fetching its URL.
 */
public enum ProofFormat {
    /** OB 3.0 Data Integrity proof {@code eddsa-rdfc-2022}; for OB 2.0 a signed assertion. */
    DI,
    /** OB 3.0 VC-JWT / OB 2.0 signed assertion, RS256. */
    JWT,
    /** OB 2.0 only: a hosted assertion ({@code verification.type HostedBadge}). */
    HOSTED;

    /** {@code di}, {@code jwt} or {@code hosted}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code di}, {@code jwt} or {@code hosted} (case-insensitive).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the value otherwise
     */
    public static ProofFormat parse(String text) throws BadgeException {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "di":
                return DI;
            case "jwt":
                return JWT;
            case "hosted":
                return HOSTED;
            default:
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "proof '" + text + "' is not one of di, jwt, hosted");
        }
    }
}
