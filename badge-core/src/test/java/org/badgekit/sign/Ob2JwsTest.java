package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ob2JwsTest {
    private static final String ISSUER = "https://example.org/issuer.json";
    private static final String KEY_ID = "https://example.org/keys/1.json";

    private static ObjectNode assertion() throws BadgeException {
        return (ObjectNode) JsonCodec.parse("assertion", "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
                + "\"id\":\"urn:uuid:0b9a3f7e-3c55-4a8e-9d6c-1f2e3d4c5b6a\",\"recipient\":{\"type\":\"email\",\"hashed\":false,"
                + "\"identity\":\"learner@example.com\"},\"badge\":\"https://example.org/badge.json\",\"issuedOn\":\"2026-01-01T00:00:00Z\","
                + "\"verification\":{\"type\":\"SignedBadge\",\"creator\":\"" + KEY_ID + "\"}}");
    }

    private static MapResolver hosted(IssuerKey key, String owner, String... publicKeys) throws BadgeException {
        ObjectNode badge = JsonCodec.mapper().createObjectNode().put("id", "https://example.org/badge.json").put("type", "BadgeClass")
                .put("issuer", ISSUER);
        ObjectNode profile = JsonCodec.mapper().createObjectNode().put("id", ISSUER).put("type", "Issuer");
        publicKeys = publicKeys.length == 0 ? new String[] {KEY_ID} : publicKeys;
        for (String id : publicKeys) {
            profile.withArray("publicKey").add(id);
        }
        ObjectNode cryptographicKey = JsonCodec.mapper().createObjectNode().put("id", KEY_ID).put("type", "CryptographicKey")
                .put("owner", owner).put("publicKeyPem", pem(key));
        return new MapResolver().put("https://example.org/badge.json", badge).put(ISSUER, profile).put(KEY_ID, cryptographicKey);
    }

    private static String pem(IssuerKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(key.publicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void signsRs256WithTheAssertionAsPayloadAndVerifiesAgainstTheHostedProfileKey() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        String token = Ob2Jws.sign(key, assertion());
        assertThat(VcJwtTest.part(token, 0).get("alg").asText()).isEqualTo("RS256");
        assertThat(Ob2Jws.assertion(token)).isEqualTo(assertion());
        ProofResult result = Ob2Jws.verify(token, hosted(key, ISSUER));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo(KEY_ID);
    }

    @Test
    void refusesToSignOb2WithAKeyThatIsNotRsa() {
        assertThatThrownBy(() -> Ob2Jws.sign(VcJwtTest.key(KeyType.ED25519), assertion())).hasMessageContaining("does not fit");
    }

    @Test
    void aCreatorThatTheHostedProfileDoesNotListIsContradicted() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        ProofResult result = Ob2Jws.verify(Ob2Jws.sign(key, assertion()), hosted(key, ISSUER, "https://example.org/keys/2.json"));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.message()).contains("is not a publicKey of issuer profile");
    }

    @Test
    void aKeyOwnedBySomeoneElseIsContradicted() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        ProofResult result = Ob2Jws.verify(Ob2Jws.sign(key, assertion()), hosted(key, "https://attacker.example/issuer.json"));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.message()).contains("is owned by https://attacker.example/issuer.json");
    }

    @Test
    void aSignatureByAnotherKeyFailsAndAnEmbeddedProfileIsNoSourceOfKeys() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        IssuerKey forger = IssuerKey.generate(KeyType.RSA, 2048);
        ObjectNode forged = assertion();
        ObjectNode badge = forged.putObject("badge").put("type", "BadgeClass");
        badge.putObject("issuer").put("id", ISSUER).putArray("publicKey").addObject().put("id", KEY_ID).put("owner", ISSUER)
                .put("publicKeyPem", pem(forger));
        ProofResult result = Ob2Jws.verify(Ob2Jws.sign(forger, forged), hosted(key, ISSUER));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("signature does not verify with issuer key " + KEY_ID);
        assertThat(Ob2Jws.verify(Ob2Jws.sign(forger, forged), DocumentResolver.offline()).message())
                .contains("could not be resolved; OB 2.0 keys must come from it");
    }

    @Test
    void withoutACreatorEveryHostedProfileKeyIsTried() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        ObjectNode assertion = assertion();
        ((ObjectNode) assertion.get("verification")).remove("creator");
        ProofResult result = Ob2Jws.verify(Ob2Jws.sign(key, assertion), hosted(key, ISSUER));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.verificationMethod()).isEqualTo(KEY_ID);
    }

    @Test
    void aHostedAssertionIsNotASignedOne() throws BadgeException {
        IssuerKey key = VcJwtTest.key(KeyType.RSA);
        ObjectNode assertion = assertion();
        ((ObjectNode) assertion.get("verification")).put("type", "HostedBadge");
        assertThat(Ob2Jws.verify(Ob2Jws.sign(key, assertion), hosted(key, ISSUER)).message())
                .isEqualTo("verification.type 'HostedBadge' is not SignedBadge");
    }

    @ParameterizedTest
    @CsvSource({"simple.jwt,http://example.org/key1.json", "simple-revoked.jwt,http://example.org/key3.json",
            "simple-not-revoked.jwt,http://example.org/key2.json"})
    void oneEdTechValidatorSignedAssertionsVerifyWithTheirHostedKeys(String file, String keyId) throws Exception {
        Path token = SharedSpec.spec("examples/ob20/validator/" + file);
        Path assets = token.resolveSibling("assets");
        DocumentResolver resolver = MappedFileResolver.of(List.of("https://example.org/=" + assets + "/", "http://example.org/=" + assets + "/"));
        ProofResult result = Ob2Jws.verify(Files.readString(token), resolver);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo(keyId);
        assertThat(Ob2Jws.verify(Files.readString(token), DocumentResolver.offline()).signatureValid()).isFalse();
    }
}
