package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.keys.KeyFormat;
import org.badgekit.keys.KeyType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Writes tokens signed here for the Node harness to verify ({@code node verify-jwt.js FILE --jwk KEY}). Runs only when asked:
 * {@code -Dbadgekit.interop.out=DIR}.
 */
class InteropExportTest {

    @Test
    void writesTokensAndPublicKeysForThePeerVerifier() throws Exception {
        String out = System.getProperty("badgekit.interop.out");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Dbadgekit.interop.out=DIR to export interop tokens");
        Path dir = Files.createDirectories(Path.of(out));
        for (KeyType type : KeyType.values()) {
            IssuerKey key = IssuerKey.generate(type, 2048);
            String name = type.defaultJwsAlgorithm();
            KeyFiles.write(key.publicOnly(), dir.resolve(name + "-public.jwk.json"), KeyFormat.JWK, null, true);
            KeyFiles.write(key.publicOnly(), dir.resolve(name + "-public.pem"), KeyFormat.PEM, null, true);
            ObjectNode credential = Credentials.ob3("https://example.org/issuers/1");
            credential.put("validFrom", "2025-01-01T00:00:00Z");
            credential.remove("validUntil");
            Files.writeString(dir.resolve(name + "-vc-jwt.jwt"), VcJwt.signer(key, "https://example.org/issuers/1#key-1").sign(credential) + "\n");
            if (type == KeyType.ED25519) {
                // did:key issuer: the peer resolves the kid itself, no key file needed
                String did = key.didKey().orElseThrow();
                ObjectNode didCredential = Credentials.ob3(did);
                didCredential.put("validFrom", "2025-01-01T00:00:00Z");
                didCredential.remove("validUntil");
                Files.writeString(dir.resolve("EdDSA-did-key.jwt"),
                        VcJwt.signer(key, did + "#" + key.publicKeyMultibase().orElseThrow()).sign(didCredential) + "\n");
            }
            if (type == KeyType.RSA) {
                ObjectNode assertion = (ObjectNode) JsonCodec.parse("assertion", "{\"@context\":\"https://w3id.org/openbadges/v2\","
                        + "\"type\":\"Assertion\",\"id\":\"urn:uuid:0b9a3f7e-3c55-4a8e-9d6c-1f2e3d4c5b6a\",\"recipient\":{\"type\":\"email\","
                        + "\"hashed\":false,\"identity\":\"learner@example.com\"},\"badge\":\"https://example.org/badge.json\","
                        + "\"issuedOn\":\"2025-01-01T00:00:00Z\",\"verification\":{\"type\":\"SignedBadge\","
                        + "\"creator\":\"https://example.org/keys/1.json\"}}");
                Files.writeString(dir.resolve("RS256-ob2.jws"), Ob2Jws.sign(key, assertion) + "\n");
            }
        }
        assertThat(dir.resolve("EdDSA-vc-jwt.jwt")).exists();
    }
}
