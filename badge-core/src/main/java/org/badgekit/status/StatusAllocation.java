package org.badgekit.status;

import java.util.Objects;

/**
 * One status-list position handed to a credential at issuance.
 *
 * @param purpose what the bit means
 * @param listNumber which list of the issuer (1, 2, ...)
 * @param index the bit index inside that list ({@code statusListIndex})
 * @param statusListCredentialUrl the URL where the list credential is published ({@code statusListCredential})
 */
public record StatusAllocation(StatusPurpose purpose, int listNumber, int index, String statusListCredentialUrl) {
    public StatusAllocation {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(statusListCredentialUrl, "statusListCredentialUrl");
        if (listNumber < 1) {
            throw new IllegalArgumentException("listNumber " + listNumber + " is below 1");
        }
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " is negative");
        }
    }

    /** The {@code credentialStatus} entry that points at this position. */
    public BitstringStatusListEntry toEntry() {
        return new BitstringStatusListEntry(statusListCredentialUrl, index, purpose);
    }
}
