package org.badgekit.issue;

import java.util.regex.Pattern;

/**
 * A sane subset of RFC 5322 addresses: a dot-atom local part, an {@code @}, and a domain of at least two labels whose last
 * label is alphabetic. Quoted local parts, comments and IP-literal domains are refused: no pilot participant has one, and a
 * typo is far more likely. Letters outside ASCII are allowed (RFC 6531 addresses). Used for issuer settings, recipients
 * and batch rows alike.
 */
public final class EmailAddresses {
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern ADDRESS = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}{2,63}");

    private EmailAddresses() {}

    /** Whether {@code address} is an e-mail address of the accepted subset; false for null. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && address.indexOf('@') > 0 && address.indexOf('@') <= 64
                && ADDRESS.matcher(address).matches();
    }
}
