package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.JwkSet;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;

class VcJwtAttackTest {
    private final VcJwtVerifier offline = VcJwt.verifier(DocumentResolver.offline()).withClock(VcJwtTest.JUNE_2026);

    private static String payload() throws BadgeException {
        ObjectNode credential = Credentials.ob3(Credentials.ISSUER);
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", Credentials.ISSUER).put("jti", credential.get("id").asText()).put("sub", "did:example:learner1")
                .put("nbf", Instant.parse("2026-01-01T00:00:00Z").getEpochSecond())
                .put("exp", Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        return JsonCodec.write(payload);
    }

    @Test
    void rejectsAlgNone() throws BadgeException {
        String token = Tokens.b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Tokens.b64(payload()) + ".";
        ProofResult result = offline.verify(token);
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("alg none is not allowed");
    }

    @Test
    void rejectsHs256SignedWithTheIssuersRsaPublicKeyAsHmacSecret() throws Exception {
        IssuerKey rsa = VcJwtTest.key(KeyType.RSA);
        String kid = Credentials.ISSUER + "#key-1";
        ObjectNode profile = JsonCodec.mapper().createObjectNode().put("id", Credentials.ISSUER);
        ObjectNode controller = DidWebLike.controllerDocument(Credentials.ISSUER, kid, rsa);
        profile.setAll(controller);
        MapResolver resolver = new MapResolver().put(Credentials.ISSUER, profile);
        String input = Tokens.b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + Tokens.b64(payload());
        for (byte[] secret : List.of(rsa.publicKey().getEncoded(),
                ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(rsa.publicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII))) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String token = input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
            ProofResult result = VcJwt.verifier(resolver).withClock(VcJwtTest.JUNE_2026).verify(token);
            assertThat(result.signatureValid()).isFalse();
            assertThat(result.message()).contains("alg HS256 is not allowed");
        }
        // the same resolver does bind the real key, so the rejection above is the algorithm's, not the key lookup's
        ProofResult genuine = VcJwt.verifier(resolver).withClock(VcJwtTest.JUNE_2026)
                .verify(VcJwt.signer(rsa, kid).sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(genuine.signatureValid()).as(genuine.message()).isTrue();
        assertThat(genuine.binding()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void aForgersHeaderJwkIsContradictedWhenTheIssuerProfileListsOtherKeys() throws BadgeException {
        IssuerKey issuer = VcJwtTest.key(KeyType.RSA);
        IssuerKey forger = IssuerKey.generate(KeyType.RSA, 2048);
        ObjectNode profile = JsonCodec.mapper().createObjectNode().put("id", Credentials.ISSUER);
        profile.set("jwks", JwkSet.of(List.of(issuer)));
        String token = VcJwt.signer(forger, null).sign(Credentials.ob3(Credentials.ISSUER));

        ProofResult withProfile = VcJwt.verifier(new MapResolver().put(Credentials.ISSUER, profile)).withClock(VcJwtTest.JUNE_2026)
                .verify(token);
        assertThat(withProfile.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(withProfile.signatureValid()).isFalse();
        assertThat(withProfile.message()).contains("signing key is not one of them");

        ProofResult withoutProfile = offline.verify(token);
        assertThat(withoutProfile.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(withoutProfile.signatureValid()).isTrue();
        assertThat(withoutProfile.message()).contains("could not be resolved");
    }

    @Test
    void aKidControlledBySomeoneElseIsContradicted() throws BadgeException {
        IssuerKey other = VcJwtTest.key(KeyType.ED25519);
        String otherDid = "did:web:attacker.example";
        MapResolver resolver = new MapResolver().put("https://attacker.example/.well-known/did.json",
                DidWeb.document(otherDid, List.of(other)));
        ProofResult viaDidWeb = VcJwt.verifier(resolver).withClock(VcJwtTest.JUNE_2026)
                .verify(VcJwt.signer(other, otherDid + "#key-1").sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(viaDidWeb.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(viaDidWeb.signatureValid()).isFalse();
        assertThat(viaDidWeb.message()).contains("controlled by did:web:attacker.example, not by the issuer " + Credentials.ISSUER);

        String didKey = other.didKey().orElseThrow();
        ProofResult viaDidKey = offline.verify(VcJwt.signer(other, didKey + "#" + other.publicKeyMultibase().orElseThrow())
                .sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(viaDidKey.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(viaDidKey.signatureValid()).isFalse();
    }

    @Test
    void aDidDocumentServedForAnotherDidIsContradicted() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.ED25519);
        String did = "did:web:example.org";
        ObjectNode document = DidWeb.document(did, List.of(key));
        document.put("id", "did:web:elsewhere.example");
        ProofResult result = VcJwt.verifier(new MapResolver().put("https://example.org/.well-known/did.json", document))
                .withClock(VcJwtTest.JUNE_2026).verify(VcJwt.signer(key, did + "#key-1").sign(Credentials.ob3(did)));
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("has id did:web:elsewhere.example, not did:web:example.org");
    }

    @Test
    void aKeyNotListedUnderAssertionMethodIsContradicted() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.ED25519);
        String did = "did:web:example.org";
        ObjectNode document = DidWeb.document(did, List.of(key));
        document.putArray("assertionMethod");
        ProofResult result = VcJwt.verifier(new MapResolver().put("https://example.org/.well-known/did.json", document))
                .withClock(VcJwtTest.JUNE_2026).verify(VcJwt.signer(key, did + "#key-1").sign(Credentials.ob3(did)));
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.message()).contains("not listed under assertionMethod");
    }

    @Test
    void rejectsIssAndJtiThatDoNotMatchTheCredential() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.ED25519);
        String header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"jwk\":" + key.publicJwk() + "}";
        ObjectNode payload = (ObjectNode) JsonCodec.parse("payload", payload());
        payload.put("iss", "https://evil.example/issuer");
        ProofResult iss = offline.verify(Tokens.sign(key, header, payload.toString()));
        assertThat(iss.signatureValid()).isFalse();
        assertThat(iss.message()).contains("iss https://evil.example/issuer does not match issuer id " + Credentials.ISSUER);

        payload = (ObjectNode) JsonCodec.parse("payload", payload());
        payload.put("jti", "urn:uuid:00000000-0000-0000-0000-000000000000");
        ProofResult jti = offline.verify(Tokens.sign(key, header, payload.toString()));
        assertThat(jti.signatureValid()).isFalse();
        assertThat(jti.message()).contains("jti urn:uuid:00000000-0000-0000-0000-000000000000 does not match credential id");

        payload = (ObjectNode) JsonCodec.parse("payload", payload());
        payload.put("sub", "did:example:someone-else");
        assertThat(offline.verify(Tokens.sign(key, header, payload.toString())).message())
                .contains("sub did:example:someone-else does not match credentialSubject.id");

        payload = (ObjectNode) JsonCodec.parse("payload", payload());
        payload.put("nbf", 0);
        assertThat(offline.verify(Tokens.sign(key, header, payload.toString())).message()).contains("does not match validFrom");
    }

    @Test
    void rejectsAnExpiredOrNotYetValidToken() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.P256);
        String token = VcJwt.signer(key, null).sign(Credentials.ob3(Credentials.ISSUER));
        Clock after = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        ProofResult expired = VcJwt.verifier(DocumentResolver.offline()).withClock(after).verify(token);
        assertThat(expired.signatureValid()).isFalse();
        assertThat(expired.message()).startsWith("expired: exp 2030-01-01T00:00:00Z");
        Clock before = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(VcJwt.verifier(DocumentResolver.offline()).withClock(before).verify(token).message()).startsWith("not yet valid");
    }

    @Test
    void rejectsAJwkHeaderWithPrivateParts() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.ED25519);
        String header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"jwk\":" + key.privateJwk() + "}";
        ProofResult result = offline.verify(Tokens.sign(key, header, payload()));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("jwk header contains the private member d")
                .doesNotContain(key.privateJwk().get("d").asText());
    }

    @Test
    void rejectsAnAlteredPayloadAndAlgorithmsOffTheList() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        String token = VcJwt.signer(key, null).sign(Credentials.ob3(Credentials.ISSUER));
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + Tokens.b64(payload().replace("Workplace Instructor", "Chief Executive")) + "." + parts[2];
        assertThat(offline.verify(tampered).message()).startsWith("signature does not verify");

        String es512 = Tokens.b64("{\"alg\":\"ES512\"}") + "." + parts[1] + "." + parts[2];
        assertThat(offline.verify(es512).message()).contains("alg ES512 is not allowed; expected one of RS256");
        String mismatch = Tokens.b64("{\"alg\":\"ES256\",\"jwk\":" + key.publicJwk() + "}") + "." + parts[1] + "." + parts[2];
        assertThat(offline.verify(mismatch).message()).contains("alg ES256 does not fit the rsa key");
        assertThat(offline.verify("not a token").message()).contains("not a compact JWS");
        String duplicate = Tokens.b64("{\"alg\":\"RS256\",\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2];
        assertThat(offline.verify(duplicate).signatureValid()).isFalse();
    }

    @Test
    void aKidDocumentThatIsNotJsonIsNoKeyRatherThanAnError() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.ED25519);
        DocumentResolver html = uri -> java.util.Optional.of(org.badgekit.resolve.ResolvedDocument.of(uri,
                "<html>not a key</html>".getBytes(StandardCharsets.UTF_8), "text/html"));
        ProofResult result = VcJwt.verifier(html).withClock(VcJwtTest.JUNE_2026)
                .verify(VcJwt.signer(key, "https://example.org/keys/1").sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("could not be resolved and the header has no jwk");
    }

    /** A controller document (the issuer id itself) with one JsonWebKey method under assertionMethod. */
    static final class DidWebLike {
        private DidWebLike() {}

        static ObjectNode controllerDocument(String id, String kid, IssuerKey key) {
            ObjectNode document = JsonCodec.mapper().createObjectNode().put("id", id);
            ObjectNode method = document.putArray("verificationMethod").addObject();
            method.put("id", kid).put("type", "JsonWebKey").put("controller", id);
            method.set("publicKeyJwk", key.publicJwk());
            document.putArray("assertionMethod").add(kid);
            return document;
        }
    }
}
