package org.badgekit.issue.batch;

import java.nio.ByteBuffer;

/**
 * A 128-bit digest of a string, so that a 100,000-row batch keeps compact keys (two longs) in memory instead of addresses.
 * Collisions (2^-64 for a 100k-row batch) are not a practical concern.
 */
record Key128(long high, long low) {
    static Key128 of(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(CredentialIds.sha256(text));
        return new Key128(bytes.getLong(), bytes.getLong());
    }
}
