package org.badgekit.issue;

import java.util.Locale;
import org.badgekit.BadgeException;

/** Which Open Badges version a credential is issued in. */
public enum BadgeFormat {
    /** Open Badges 3.0: a W3C Verifiable Credential (VC 2.0 form). */
    OB3,
    /** Open Badges 2.0: an Assertion, signed (JWS) or hosted. */
    OB2;

    /** {@code ob3} or {@code ob2}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code ob3} or {@code ob2} (case-insensitive).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the value otherwise
     */
    public static BadgeFormat parse(String text) throws BadgeException {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "ob3":
                return OB3;
            case "ob2":
                return OB2;
            default:
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "format '" + text + "' is not one of ob3, ob2");
        }
    }
}
