package org.badgekit.revoke;

import java.util.Objects;
import org.badgekit.status.StatusPurpose;

/**
 * One bit a badge's status lives in: the list's URL (as the credential's {@code statusListCredential} names it), the purpose
 * and the index.
 *
 * @param purpose revocation or suspension
 * @param listUrl the status list credential URL
 * @param index the {@code statusListIndex}
 */
public record StatusSlot(StatusPurpose purpose, String listUrl, int index) {
    /** Checks that purpose and list URL are given and that the index is not negative. */
    public StatusSlot {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(listUrl, "listUrl");
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " is negative");
        }
    }
}
