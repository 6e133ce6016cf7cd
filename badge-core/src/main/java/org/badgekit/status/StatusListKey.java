package org.badgekit.status;

import java.util.Objects;

/**
 * Names one status list of the workspace: whose it is, what its bits mean, and its number (as in {@link StatusAllocation}).
 *
 * @param issuer the issuer id (URL or DID) the list belongs to
 * @param purpose revocation or suspension
 * @param listNumber 1, 2, ...
 */
public record StatusListKey(String issuer, StatusPurpose purpose, int listNumber) {
    public StatusListKey {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(purpose, "purpose");
        if (listNumber < 1) {
            throw new IllegalArgumentException("listNumber " + listNumber + " is below 1");
        }
    }

    /** The key of the list that {@code allocation} points into. */
    public static StatusListKey of(String issuer, StatusAllocation allocation) {
        return new StatusListKey(issuer, allocation.purpose(), allocation.listNumber());
    }
}
