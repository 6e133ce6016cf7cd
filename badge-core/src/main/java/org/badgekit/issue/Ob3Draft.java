package org.badgekit.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.IdentityHash;

/**
 * Builds the unsigned OB 3.0 {@code OpenBadgeCredential} (VC 2.0 form) in the JSON binding the 1EdTech schema expects:
 * arrays for every 0..* property, {@code type} arrays, UTC timestamps with seconds, nulls and empty arrays left out.
 */
final class Ob3Draft {
    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Defines {@code 1EdTechJsonSchemaValidator2019}; without it the credentialSchema type would be an undefined term. */
    static final String OB3_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    static final String SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019";

    private Ob3Draft() {}

    /** The parts of one credential, all already decided. */
    record Parts(String id, ObjectNode issuer, Instant validFrom, Instant validUntil, JsonNode achievement, Recipient recipient,
            IdentityHash.Salted hash, String recipientName, List<EvidenceItem> evidence, List<String> completedAreaUrls,
            ObjectNode credentialStatus) { }

    static ObjectNode build(Parts parts) {
        ObjectNode credential = JsonCodec.mapper().createObjectNode();
        credential.putArray("@context").add(VC2_CONTEXT).add(OB3_CONTEXT).add(OB3_EXTENSIONS_CONTEXT);
        credential.put("id", parts.id());
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.set("issuer", parts.issuer());
        credential.put("validFrom", timestamp(parts.validFrom()));
        if (parts.validUntil() != null) {
            credential.put("validUntil", timestamp(parts.validUntil()));
        }
        credential.put("name", parts.achievement().path("name").asText());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        ObjectNode identity = identifiers.addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", parts.hash() == null ? parts.recipient().identity() : parts.hash().identityHash());
        identity.put("identityType", parts.recipient().identityType());
        identity.put("hashed", parts.hash() != null);
        if (parts.hash() != null) {
            identity.put("salt", parts.hash().salt());
        }
        if (parts.recipientName() != null) {
            // the name is for display; OB 3.0 has no name property on the subject, so it travels as a plain identifier
            identifiers.addObject().put("type", "IdentityObject").put("identityHash", parts.recipientName())
                    .put("identityType", "name").put("hashed", false);
        }
        subject.set("achievement", parts.achievement());
        if (!parts.completedAreaUrls().isEmpty()) {
            ArrayNode results = subject.putArray("result");
            for (String area : parts.completedAreaUrls()) {
                ObjectNode result = results.addObject();
                result.putArray("type").add("Result");
                result.put("resultDescription", area);
                result.put("status", "Completed");
            }
        }
        if (!parts.evidence().isEmpty()) {
            ArrayNode evidence = credential.putArray("evidence");
            parts.evidence().forEach(item -> evidence.add(evidence(item)));
        }
        ObjectNode schema = credential.putArray("credentialSchema").addObject();
        schema.put("id", SCHEMA_URL);
        schema.put("type", SCHEMA_TYPE);
        if (parts.credentialStatus() != null) {
            credential.set("credentialStatus", parts.credentialStatus());
        }
        return credential;
    }

    static ObjectNode evidence(EvidenceItem item) {
        ObjectNode evidence = JsonCodec.mapper().createObjectNode();
        if (item.url() != null) {
            evidence.put("id", item.url());
        } else if (item.sha256() != null) {
            evidence.put("id", niUri(item.sha256()));
        }
        evidence.putArray("type").add("Evidence");
        if (item.name() != null) {
            evidence.put("name", item.name());
        }
        if (item.narrative() != null) {
            evidence.put("narrative", item.narrative());
        }
        if (item.sha256() != null && item.url() != null) {
            evidence.put("description", "SHA-256 of the evidence file: " + item.sha256Hex());
        }
        return evidence;
    }

    /** RFC 6920 named-information URI of a SHA-256 digest. */
    static String niUri(byte[] sha256) {
        return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256);
    }

    /** {@code YYYY-MM-DDThh:mm:ssZ}: UTC, seconds, no fraction. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
