package org.badgekit.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.badgekit.json.JsonCodec;

/**
 * A credential's {@code credentialStatus} entry of type {@code BitstringStatusListEntry}.
 *
 * @param statusListCredential the URL of the status list credential
 * @param statusListIndex the bit index (written as a base-10 string, as the spec requires)
 * @param purpose revocation or suspension
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">BitstringStatusListEntry</a>
 */
public record BitstringStatusListEntry(String statusListCredential, long statusListIndex, StatusPurpose purpose) {
    /** The JSON {@code type}. */
    public static final String TYPE = "BitstringStatusListEntry";

    public BitstringStatusListEntry {
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        Objects.requireNonNull(purpose, "purpose");
        if (statusListIndex < 0) {
            throw new IllegalArgumentException("statusListIndex " + statusListIndex + " is negative");
        }
        if (statusListCredential.indexOf('#') >= 0) {
            throw new IllegalArgumentException("statusListCredential " + statusListCredential + " must not have a fragment");
        }
    }

    /**
     * The entry as JSON: {@code id} ({@code listUrl#index}, which the spec requires to differ from the list URL), {@code type},
     * {@code statusPurpose}, {@code statusListIndex} (a string) and {@code statusListCredential}.
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", statusListCredential + "#" + statusListIndex);
        node.put("type", TYPE);
        node.put("statusPurpose", purpose.value());
        node.put("statusListIndex", Long.toString(statusListIndex));
        node.put("statusListCredential", statusListCredential);
        return node;
    }
}
