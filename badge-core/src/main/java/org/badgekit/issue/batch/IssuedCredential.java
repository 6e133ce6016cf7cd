package org.badgekit.issue.batch;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link RowIssuer} wrote for one row.
 *
 * @param credentialId the credential id, equal to the one the engine passed in
 * @param recipientHash the recipient identity as written into the credential (e.g. {@code sha256$...})
 * @param badgeId the badge (criteria) id
 * @param badgeVersion the criteria version used
 * @param statusIndex the credential's status-list index, or null when it has none
 * @param files the files written, relative to the batch output directory, with {@code /} separators
 */
public record IssuedCredential(String credentialId, String recipientHash, String badgeId, String badgeVersion,
        Integer statusIndex, List<String> files) {

    public IssuedCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(recipientHash, "recipientHash");
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(badgeVersion, "badgeVersion");
        files = List.copyOf(files);
    }
}
