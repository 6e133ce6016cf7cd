package org.badgekit.issue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.PayloadKind;

/**
 * One issued credential.
 *
 * @param id the credential id ({@code urn:uuid:...}; for an OB 2.0 hosted assertion the URL where it must be hosted)
 * @param format OB 3.0 or OB 2.0
 * @param proof how it is secured
 * @param payload what goes into the file or the baked image: pretty JSON (Data Integrity, hosted) or a compact JWS
 * @param document the credential or assertion as JSON (with its proof for Data Integrity; the JWS payload's content otherwise)
 * @param recipientHash the recipient identity as written ({@code sha256$...}, or the plain identifier)
 * @param badgeId the criteria id
 * @param badgeVersion the criteria version the badge was built from
 * @param language the language of its texts
 * @param statusIndex its index in the workspace's revocation status list, or null (OB 2.0, or an issuer without status lists)
 * @param statusListUrl the status list credential URL, or null
 */
public record IssuedBadge(String id, BadgeFormat format, ProofFormat proof, String payload, ObjectNode document,
        String recipientHash, String badgeId, String badgeVersion, String language, Integer statusIndex, String statusListUrl) {

    /** Checks the required components and keeps a copy of the document. */
    public IssuedBadge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(recipientHash, "recipientHash");
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(badgeVersion, "badgeVersion");
        Objects.requireNonNull(language, "language");
        document = document.deepCopy();
    }

    /** The credential or assertion as JSON; a copy, so changing it does not change this badge. */
    @Override
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** Whether {@link #payload()} is a compact JWS (VC-JWT or OB 2.0 signed assertion) rather than JSON. */
    public boolean isJws() {
        return proof == ProofFormat.JWT || (format == BadgeFormat.OB2 && proof == ProofFormat.DI);
    }

    /** The file extension for the payload: {@code jwt} for a JWS, else {@code json}. */
    public String fileExtension() {
        return isJws() ? "jwt" : "json";
    }

    /** The payload as the baker takes it. */
    public BakedPayload bakedPayload() throws BadgeException {
        PayloadKind kind = format == BadgeFormat.OB3 ? (isJws() ? PayloadKind.OB3_JWT : PayloadKind.OB3_JSON)
                : isJws() ? PayloadKind.OB2_JWS : PayloadKind.OB2_JSON;
        return BakedPayload.of(kind, payload);
    }
}
