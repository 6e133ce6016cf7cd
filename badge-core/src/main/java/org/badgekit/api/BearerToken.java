package org.badgekit.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The bearer token that issuing and status endpoints require. Compared in constant time: both sides are hashed first, so
 * neither the content nor the length of the expected token leaks through timing.
 */
final class BearerToken {
    private static final String SCHEME = "bearer ";
    private final byte[] expectedDigest;

    BearerToken(String token) {
        Objects.requireNonNull(token, "token");
        this.expectedDigest = sha256(token);
    }

    /** Whether an {@code Authorization} header value carries the token. */
    boolean matches(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, sha256(authorization.substring(SCHEME.length()).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }
}
