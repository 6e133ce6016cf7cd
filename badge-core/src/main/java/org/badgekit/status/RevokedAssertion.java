package org.badgekit.status;

import java.time.Instant;
import java.util.Objects;

/**
 * An OB 2.0 assertion listed in its issuer's {@code RevocationList}.
 *
 * @param id the assertion id (its URL or {@code urn:uuid:})
 * @param reason the {@code revocationReason}, or {@code null}
 * @param revokedAt when it was revoked
 */
public record RevokedAssertion(String id, String reason, Instant revokedAt) {
    public RevokedAssertion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
