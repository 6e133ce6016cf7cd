package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.JwkSet;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VcJwtTest {
    static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Map<KeyType, IssuerKey> KEYS = new EnumMap<>(KeyType.class);

    static synchronized IssuerKey key(KeyType type) throws BadgeException {
        IssuerKey key = KEYS.get(type);
        if (key == null) {
            key = IssuerKey.generate(type, 2048);
            KEYS.put(type, key);
        }
        return key;
    }

    static JsonNode part(String token, int index) throws BadgeException {
        return JsonCodec.parse("part", Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signsTheVc20FormWithRegisteredClaimsMatchingTheCredential(KeyType type) throws BadgeException {
        String kid = Credentials.ISSUER + "#key-1";
        ObjectNode credential = Credentials.ob3(Credentials.ISSUER);
        String token = VcJwt.signer(key(type), kid).sign(credential);

        JsonNode header = part(token, 0);
        assertThat(header.get("alg").asText()).isEqualTo(type.defaultJwsAlgorithm());
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(header.get("kid").asText()).isEqualTo(kid);
        assertThat(header.has("jwk")).isFalse();
        JsonNode payload = part(token, 1);
        assertThat(payload.get("iss").asText()).isEqualTo(Credentials.ISSUER);
        assertThat(payload.get("jti").asText()).isEqualTo("urn:uuid:2f4b6c1e-8d0a-4f57-9a55-0c8f3d5e7b21");
        assertThat(payload.get("sub").asText()).isEqualTo("did:example:learner1");
        assertThat(payload.get("nbf").asLong()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());
        assertThat(payload.get("exp").asLong()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        assertThat(payload.get("name").asText()).isEqualTo("Workplace Instructor");
        assertThat(payload.has("vc")).isFalse();
        assertThat(VcJwt.credential(token)).isEqualTo(credential);
        assertThat(credential.has("iss")).as("the input is not modified").isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void verifiesAndBindsAKidPublishedInTheIssuersDidWebDocument(KeyType type) throws BadgeException {
        String did = "did:web:example.org:issuers:1";
        ObjectNode didDocument = DidWeb.document(did, List.of(key(type).publicOnly()));
        DocumentResolver resolver = new MapResolver().put("https://example.org/issuers/1/did.json", didDocument);
        String token = VcJwt.signer(key(type), did + "#key-1").sign(Credentials.ob3(did));

        ProofResult result = VcJwt.verifier(resolver).withClock(JUNE_2026).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.suite()).isEqualTo(type.defaultJwsAlgorithm());
        assertThat(result.verificationMethod()).isEqualTo(did + "#key-1");
    }

    @Test
    void bindsADidKeyKidThatIsTheIssuer() throws BadgeException {
        IssuerKey key = key(KeyType.ED25519);
        String did = key.didKey().orElseThrow();
        String token = VcJwt.signer(key, did + "#" + key.publicKeyMultibase().orElseThrow()).sign(Credentials.ob3(did));
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).withClock(JUNE_2026).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void bindsAKidThatResolvesToTheIssuersJwkSet() throws BadgeException {
        IssuerKey key = key(KeyType.RSA);
        String kid = "https://example.org/issuers/1/jwks.json#" + key.thumbprint();
        ObjectNode profile = JsonCodec.mapper().createObjectNode().put("id", Credentials.ISSUER);
        profile.putArray("type").add("Profile");
        DocumentResolver resolver = new MapResolver().put("https://example.org/issuers/1/jwks.json", JwkSet.of(List.of(key)))
                .put(Credentials.ISSUER, profile);
        ProofResult result = VcJwt.verifier(resolver).withClock(JUNE_2026)
                .verify(VcJwt.signer(key, kid).sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void bindsAHeaderJwkThatTheResolvedIssuerProfileLists() throws BadgeException {
        IssuerKey key = key(KeyType.P256);
        ObjectNode profile = JsonCodec.mapper().createObjectNode().put("id", Credentials.ISSUER);
        profile.set("jwks", JwkSet.of(List.of(key)));
        String token = VcJwt.signer(key, null).sign(Credentials.ob3(Credentials.ISSUER));
        assertThat(part(token, 0).get("jwk").has("d")).isFalse();
        ProofResult result = VcJwt.verifier(new MapResolver().put(Credentials.ISSUER, profile)).withClock(JUNE_2026).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void acceptsTheVc11FormWithAVcClaim() throws BadgeException {
        IssuerKey key = key(KeyType.RSA);
        ObjectNode vc = Credentials.ob3(Credentials.ISSUER);
        vc.remove("validFrom");
        vc.remove("validUntil");
        vc.put("issuanceDate", "2026-01-01T00:00:00Z");
        ObjectNode payload = JsonCodec.mapper().createObjectNode();
        payload.set("vc", vc);
        payload.put("iss", Credentials.ISSUER).put("jti", vc.get("id").asText()).put("sub", "did:example:learner1")
                .put("nbf", Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());
        String token = Tokens.sign(key, "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"jwk\":" + key.publicJwk() + "}", payload.toString());
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).withClock(JUNE_2026).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(VcJwt.credential(token)).isEqualTo(vc);
    }

    @Test
    void toleratesAMissingSubWhenTheCredentialHasNoSubjectId() throws BadgeException {
        IssuerKey key = key(KeyType.ED25519);
        ObjectNode credential = Credentials.ob3(Credentials.ISSUER);
        ((ObjectNode) credential.get("credentialSubject")).remove("id");
        String token = VcJwt.signer(key, null).sign(credential);
        assertThat(part(token, 1).has("sub")).isFalse();
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).withClock(JUNE_2026).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
    }

    @Test
    void signsWithAnotherAllowedAlgorithmWhenAsked() throws BadgeException {
        IssuerKey key = key(KeyType.RSA);
        String token = VcJwt.signer(key, null).withAlgorithm("PS256").sign(Credentials.ob3(Credentials.ISSUER));
        assertThat(part(token, 0).get("alg").asText()).isEqualTo("PS256");
        assertThat(VcJwt.verifier(DocumentResolver.offline()).withClock(JUNE_2026).verify(token).signatureValid()).isTrue();
    }

    @Test
    void resolvesARelativeKidAgainstTheIssuersControllerDocument() throws BadgeException {
        IssuerKey key = key(KeyType.RSA);
        ObjectNode controller = VcJwtAttackTest.DidWebLike.controllerDocument(Credentials.ISSUER, Credentials.ISSUER + "#key-1", key);
        ProofResult result = VcJwt.verifier(new MapResolver().put(Credentials.ISSUER, controller)).withClock(JUNE_2026)
                .verify(VcJwt.signer(key, "#key-1").sign(Credentials.ob3(Credentials.ISSUER)));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo(Credentials.ISSUER + "#key-1");
    }

    @Test
    void refusesToSignACredentialWithoutIssuerIdOrValidFrom() throws BadgeException {
        ObjectNode noIssuer = Credentials.ob3(Credentials.ISSUER);
        noIssuer.remove("issuer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VcJwt.signer(key(KeyType.ED25519), null).sign(noIssuer))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT))
                .hasMessageContaining("no issuer id");
        ObjectNode noDate = Credentials.ob3(Credentials.ISSUER);
        noDate.remove("validFrom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VcJwt.signer(key(KeyType.ED25519), null).sign(noDate))
                .hasMessageContaining("no validFrom");
    }

    @Test
    void signerToStringNamesNoKeyMaterial() throws BadgeException {
        IssuerKey key = key(KeyType.ED25519);
        assertThat(VcJwt.signer(key, "kid").toString()).contains(key.thumbprint())
                .doesNotContain(key.privateJwk().get("d").asText());
    }
}
