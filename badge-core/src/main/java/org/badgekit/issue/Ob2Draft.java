package org.badgekit.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.IdentityHash;

/**
 * Builds an OB 2.0 Assertion. Signed assertions embed their BadgeClass (the state at issue time, readable offline) and name
 * the signing key as {@code verification.creator}; hosted assertions link the BadgeClass by URL, since a verifier replaces
 * embedded documents with the hosted ones anyway.
 */
final class Ob2Draft {
    static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";

    private Ob2Draft() {}

    /** The parts of one assertion, all already decided. */
    record Parts(String id, boolean signed, JsonNode badgeClass, String keyUrl, Instant issuedOn, Instant expires,
            String recipientType, String identity, IdentityHash.Salted hash, List<EvidenceItem> evidence) { }

    static ObjectNode build(Parts parts) {
        ObjectNode assertion = JsonCodec.mapper().createObjectNode();
        assertion.put("@context", OB2_CONTEXT);
        assertion.put("type", "Assertion");
        assertion.put("id", parts.id());
        ObjectNode recipient = assertion.putObject("recipient");
        recipient.put("type", parts.recipientType());
        recipient.put("hashed", parts.hash() != null);
        if (parts.hash() != null) {
            recipient.put("salt", parts.hash().salt());
            recipient.put("identity", parts.hash().identityHash());
        } else {
            recipient.put("identity", parts.identity());
        }
        if (parts.signed()) {
            // the embedded BadgeClass keeps its own @context, which declares its @language
            assertion.set("badge", parts.badgeClass().deepCopy());
        } else {
            assertion.put("badge", parts.badgeClass().path("id").asText());
        }
        ObjectNode verification = assertion.putObject("verification");
        if (parts.signed()) {
            verification.put("type", "SignedBadge");
            verification.put("creator", parts.keyUrl());
        } else {
            verification.put("type", "HostedBadge");
        }
        assertion.put("issuedOn", Ob3Draft.timestamp(parts.issuedOn()));
        if (parts.expires() != null) {
            assertion.put("expires", Ob3Draft.timestamp(parts.expires()));
        }
        if (!parts.evidence().isEmpty()) {
            ArrayNode evidence = assertion.putArray("evidence");
            for (EvidenceItem item : parts.evidence()) {
                ObjectNode node = evidence.addObject();
                node.put("type", "Evidence");
                if (item.url() != null) {
                    node.put("id", item.url());
                } else if (item.sha256() != null) {
                    node.put("id", Ob3Draft.niUri(item.sha256()));
                }
                if (item.name() != null) {
                    node.put("name", item.name());
                }
                if (item.narrative() != null) {
                    node.put("narrative", item.narrative());
                }
            }
        }
        return assertion;
    }
}
