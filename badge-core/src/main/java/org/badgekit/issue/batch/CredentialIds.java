package org.badgekit.issue.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable credential ids: {@code urn:uuid:} plus a name-based UUID (RFC 9562 version 8, SHA-256 truncated to 128 bits) over
 * (issuer namespace, batch id, badge id, row key). The same row of the same batch of the same issuer always gets the same id,
 * which is what makes a resumed batch overwrite instead of duplicate; a different issuer, batch, badge or row gets another.
 */
public final class CredentialIds {
    private CredentialIds() {}

    /**
     * @param namespace the issuer's id or workspace id
     * @param batch the batch id
     * @param badge the badge (criteria) id
     * @param rowKey the row key ({@link BatchRow#key()})
     * @return {@code urn:uuid:xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx}
     */
    public static String of(String namespace, String batch, String badge, String rowKey) {
        byte[] hash = sha256(namespace + "\n" + batch + "\n" + badge + "\n" + rowKey);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash);
        return "urn:uuid:" + new UUID(bytes.getLong(), bytes.getLong());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
