package org.badgekit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.sign.DataIntegritySigner;

/** A fresh did:key issuer and the benchmark credential re-issued under it, so that proofs verify and bind. */
final class Issuers {
    static final Instant CREATED = Instant.parse("2026-05-29T10:00:00Z");

    final IssuerKey key;
    final String did;
    final DataIntegritySigner signer;

    private Issuers(IssuerKey key) throws BadgeException {
        this.key = key;
        this.did = key.didKey().orElseThrow();
        this.signer = DataIntegritySigner.create(key.privateKey().orElseThrow(),
                did + "#" + key.publicKeyMultibase().orElseThrow());
    }

    static Issuers ed25519() throws BadgeException {
        return new Issuers(IssuerKey.generate(KeyType.ED25519, 0));
    }

    /** The unsigned benchmark credential with this issuer as {@code issuer} and achievement {@code creator}. */
    ObjectNode credential() throws BadgeException {
        return credentialOf(did);
    }

    /** The unsigned benchmark credential with {@code issuerId} as {@code issuer} and achievement {@code creator}. */
    static ObjectNode credentialOf(String issuerId) throws BadgeException {
        ObjectNode credential = (ObjectNode) JsonCodec.parse("credential.json", Fixtures.credentialJson());
        ((ObjectNode) credential.get("issuer")).put("id", issuerId);
        ((ObjectNode) credential.get("credentialSubject").get("achievement").get("creator")).put("id", issuerId);
        return credential;
    }

    /**
     * A credential read from {@code file} without its proof, with this issuer as {@code issuer} (and as achievement
     * {@code creator} when there is one).
     */
    ObjectNode credentialFrom(Path file) throws BadgeException {
        ObjectNode credential;
        try {
            credential = (ObjectNode) JsonCodec.parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), e);
        }
        credential.remove("proof");
        JsonNode issuer = credential.get("issuer");
        if (issuer instanceof ObjectNode) {
            ((ObjectNode) issuer).put("id", did);
        } else {
            credential.put("issuer", did);
        }
        JsonNode creator = credential.path("credentialSubject").path("achievement").get("creator");
        if (creator instanceof ObjectNode) {
            ((ObjectNode) creator).put("id", did);
        }
        return credential;
    }

    /** The same credential with {@code n} in its id, so that each signed credential differs as in a batch. */
    static ObjectNode numbered(ObjectNode credential, long n) {
        ObjectNode copy = credential.deepCopy();
        copy.put("id", String.format("urn:uuid:00000000-0000-4000-8000-%012d", n));
        return copy;
    }
}
