package org.badgekit.status;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a bit of a status list is set: which credential, the reason given, and when.
 *
 * @param index the bit index
 * @param credentialId the credential's id, or {@code null} when unknown
 * @param reason the reason given, or {@code null}
 * @param changedAt when the bit was set
 */
public record StatusRecord(int index, String credentialId, String reason, Instant changedAt) {
    public StatusRecord {
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
