package org.badgekit.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.badgekit.json.JsonCodec;

/** Small OB 3.0 and OB 2.0 documents for tests, built fresh each call so tests can change them freely. */
final class Credentials {
    static final String ISSUER = "https://issuer.example/profile";

    private Credentials() {}

    static ObjectNode ob3() {
        try {
            return (ObjectNode) JsonCodec.parse("test", """
                    {"@context": ["https://www.w3.org/ns/credentials/v2",
                                  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                     "id": "urn:uuid:2d6a5a52-7a2e-4b4e-9a6e-3b8f8e2c0001",
                     "type": ["VerifiableCredential", "OpenBadgeCredential"],
                     "issuer": {"id": "https://issuer.example/profile", "type": ["Profile"], "name": "Example College"},
                     "validFrom": "2026-01-01T00:00:00Z",
                     "name": "Learning Ambassador",
                     "credentialSubject": {"type": ["AchievementSubject"],
                        "identifier": [{"type": "IdentityObject", "hashed": true, "identityType": "emailAddress",
                            "identityHash": "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
                            "salt": "Kosher"}],
                        "achievement": {"id": "https://issuer.example/achievements/la", "type": ["Achievement"],
                            "name": "Learning Ambassador", "description": "d", "criteria": {"narrative": "n"}}},
                     "proof": [{"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                        "created": "2026-01-01T00:00:00Z", "proofPurpose": "assertionMethod",
                        "verificationMethod": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
                        "proofValue": "zGOOD"}]}
                    """);
        } catch (org.badgekit.BadgeException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode ob2Hosted() {
        try {
            return (ObjectNode) JsonCodec.parse("test", """
                    {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
                     "id": "https://issuer.example/assertions/1",
                     "recipient": {"type": "email", "hashed": true, "salt": "deadsea",
                        "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"},
                     "badge": "https://issuer.example/badges/la",
                     "verification": {"type": "HostedBadge"},
                     "issuedOn": "2026-01-01T00:00:00+00:00"}
                    """);
        } catch (org.badgekit.BadgeException e) {
            throw new IllegalStateException(e);
        }
    }

    static String badgeClass() {
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://issuer.example/badges/la",
                 "name": "Learning Ambassador", "description": "d", "image": "https://issuer.example/la.png",
                 "criteria": {"narrative": "n"}, "issuer": "https://issuer.example/profile"}
                """;
    }

    static String issuerProfile(String verificationPolicy) {
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "Profile", "id": "https://issuer.example/profile",
                 "name": "Example College", "url": "https://issuer.example", "email": "badges@issuer.example"%s}
                """.formatted(verificationPolicy == null ? "" : ", \"verification\": " + verificationPolicy);
    }

    static byte[] bytes(ObjectNode node) {
        return JsonCodec.write(node).getBytes(StandardCharsets.UTF_8);
    }

    /** An unsigned-looking compact JWS: header.payload.signature, with the given signature text. */
    static String compact(String header, ObjectNode payload, String signature) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(JsonCodec.write(payload).getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }
}
