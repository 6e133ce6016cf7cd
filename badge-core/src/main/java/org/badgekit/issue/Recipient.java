package org.badgekit.issue;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;

/**
 * Who receives a badge: an identifier of a type from the OB 3.0 IdentifierTypeEnum ({@code emailAddress}, {@code
 * studentId}-like {@code sourcedId}, {@code ext:...}), hashed with a fresh salt in the credential unless {@code hashed} is false.
 *
 * @param identity the identifier as it will be hashed (e-mail addresses are trimmed and lower-cased by {@link #email})
 * @param identityType the OB 3.0 identity type, e.g. {@code emailAddress}
 * @param hashed whether the credential carries a salted SHA-256 hash (default) or the plain identifier
 */
public record Recipient(String identity, String identityType, boolean hashed) {
    /** The OB 3.0 identity type of e-mail addresses. */
    public static final String EMAIL_ADDRESS = "emailAddress";
    private static final Pattern IDENTITY_TYPE = Pattern.compile("[A-Za-z]+|ext:[A-Za-z0-9.|_-]+");

    /** Checks that identity and identity type are given; use {@link #email} or {@link #of} to validate them too. */
    public Recipient {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(identityType, "identityType");
    }

    /**
     * A recipient identified by e-mail address, hashed.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the address when it is not one
     */
    public static Recipient email(String address) throws BadgeException {
        String normalized = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isValid(normalized)) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "e-mail address '" + address
                    + "' is not valid; expected an address like name@example.org");
        }
        return new Recipient(normalized, EMAIL_ADDRESS, true);
    }

    /**
     * A recipient identified by another identifier type, hashed.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when the identity is blank or the type is not a plain name or {@code ext:...}
     */
    public static Recipient of(String identityType, String identity) throws BadgeException {
        if (identityType == null || !IDENTITY_TYPE.matcher(identityType).matches()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "identity type '" + identityType
                    + "' is not an OB 3.0 identifier type like emailAddress, sourcedId or ext:studentNumber");
        }
        if (EMAIL_ADDRESS.equals(identityType)) {
            return email(identity);
        }
        if (identity == null || identity.isBlank()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "recipient identity of type " + identityType + " is empty");
        }
        return new Recipient(identity.trim(), identityType, true);
    }

    /** The same recipient written in plain text into the credential (no hash). */
    public Recipient plain() {
        return new Recipient(identity, identityType, false);
    }
}
