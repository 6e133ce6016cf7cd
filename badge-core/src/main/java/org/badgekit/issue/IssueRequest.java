package org.badgekit.issue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to issue: one badge to one recipient. Build with {@link #newBuilder(String, Recipient)}.
 *
 * @param badgeId the criteria id, e.g. {@code workplace-instructor}
 * @param recipient who receives it
 * @param recipientName the recipient's name as shown by wallets and displayers (written in plain text), or null
 * @param language the language of the badge texts; null for the issuer's default language
 * @param validFrom when the credential becomes valid (OB 2.0: {@code issuedOn}); null for the issuer's clock now
 * @param validUntil when it stops being valid (OB 2.0: {@code expires}), or null
 * @param evidence evidence of the achievement; may be empty
 * @param completedAreas ids of the competence areas the recipient showed, each recorded as a {@code Completed} result; may be empty
 * @param format OB 3.0 (default) or OB 2.0
 * @param proof how the credential is secured (default Data Integrity)
 * @param credentialId a stable id chosen by the caller ({@code urn:uuid:...}, as the batch engine passes), or null for a fresh one
 */
public record IssueRequest(String badgeId, Recipient recipient, String recipientName, String language, Instant validFrom,
        Instant validUntil, List<EvidenceItem> evidence, List<String> completedAreas, BadgeFormat format, ProofFormat proof,
        String credentialId) {

    /** Checks the required components (badge id, recipient, format, proof) and copies the lists. */
    public IssueRequest {
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(recipient, "recipient");
        evidence = List.copyOf(evidence);
        completedAreas = List.copyOf(completedAreas);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(proof, "proof");
    }

    /** A builder for {@code badgeId} to {@code recipient}; everything else optional. */
    public static Builder newBuilder(String badgeId, Recipient recipient) {
        return new Builder(badgeId, recipient);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(badgeId, recipient);
        builder.recipientName = recipientName;
        builder.language = language;
        builder.validFrom = validFrom;
        builder.validUntil = validUntil;
        builder.evidence.addAll(evidence);
        builder.completedAreas.addAll(completedAreas);
        builder.format = format;
        builder.proof = proof;
        builder.credentialId = credentialId;
        return builder;
    }

    /** Builds an {@link IssueRequest}; not thread-safe. */
    public static final class Builder {
        private final String badgeId;
        private final Recipient recipient;
        private String recipientName;
        private String language;
        private Instant validFrom;
        private Instant validUntil;
        private final List<EvidenceItem> evidence = new ArrayList<>();
        private final List<String> completedAreas = new ArrayList<>();
        private BadgeFormat format = BadgeFormat.OB3;
        private ProofFormat proof = ProofFormat.DI;
        private String credentialId;

        private Builder(String badgeId, Recipient recipient) {
            this.badgeId = Objects.requireNonNull(badgeId, "badgeId");
            this.recipient = Objects.requireNonNull(recipient, "recipient");
        }

        /** The recipient's name, or null. */
        public Builder recipientName(String name) {
            this.recipientName = name == null || name.isBlank() ? null : name.trim();
            return this;
        }

        /** The language (en, fi, et, lv, nl), or null for the issuer's default. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Valid from, or null for now. */
        public Builder validFrom(Instant validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Valid until, or null for no expiry. */
        public Builder validUntil(Instant validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** Adds one evidence item. */
        public Builder addEvidence(EvidenceItem item) {
            evidence.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /** Adds a competence area shown, recorded as a {@code Completed} result. */
        public Builder addCompletedArea(String areaId) {
            completedAreas.add(Objects.requireNonNull(areaId, "areaId"));
            return this;
        }

        /** OB 3.0 or OB 2.0. */
        public Builder format(BadgeFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Data Integrity, JWT, or (OB 2.0) hosted. */
        public Builder proof(ProofFormat proof) {
            this.proof = Objects.requireNonNull(proof, "proof");
            return this;
        }

        /** A stable credential id ({@code urn:uuid:...}), or null for a fresh random one. */
        public Builder credentialId(String credentialId) {
            this.credentialId = credentialId;
            return this;
        }

        /** The request with the values set so far; the builder can be used again afterwards. */
        public IssueRequest build() {
            return new IssueRequest(badgeId, recipient, recipientName, language, validFrom, validUntil, evidence, completedAreas,
                    format, proof, credentialId);
        }
    }
}
