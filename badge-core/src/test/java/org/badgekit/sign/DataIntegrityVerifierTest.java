package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.Ed25519Keys;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;

/** Sign-then-tamper tests: every change an attacker could make to a signed OB 3.0 credential must be caught. */
class DataIntegrityVerifierTest {
    private static final byte[] SEED = HexFormat.of().parseHex(EddsaRdfc2022VectorsTest.OB3_SEED);
    private static final DidKey DID = DidKey.fromPublicKey(Ed25519Keys.publicKeyFromSeed(SEED));
    private static final Instant CREATED = Instant.parse("2026-11-28T10:00:00Z");

    private static ObjectNode unsigned(String issuerId) throws BadgeException {
        ObjectNode doc = TestContexts.json("/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json");
        ((ObjectNode) doc.get("issuer")).put("id", issuerId);
        return doc;
    }

    private static ObjectNode signedByDidKey() throws BadgeException {
        return DataIntegritySigner.create(SEED, DID.verificationMethodId()).sign(unsigned(DID.did()), CREATED);
    }

    private static ProofResult only(ObjectNode signed, DocumentResolver resolver) {
        List<ProofResult> results = DataIntegrityVerifier.create(resolver).verify(signed);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static ObjectNode proof(ObjectNode signed) {
        return (ObjectNode) signed.get("proof").get(0);
    }

    @Test
    void aDidKeyIssuerSignatureVerifiesAndIsBound() throws BadgeException {
        ProofResult result = only(signedByDidKey(), DocumentResolver.offline());
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo(DID.verificationMethodId());
        assertThat(result.suite()).isEqualTo("eddsa-rdfc-2022");
    }

    @Test
    void writesTheProofAsAnArrayWithTheSpecFields() throws BadgeException {
        ObjectNode proof = proof(signedByDidKey());
        assertThat(proof.get("type").asText()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("created").asText()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(proof.get("proofPurpose").asText()).isEqualTo("assertionMethod");
        assertThat(proof.get("proofValue").asText()).startsWith("z");
    }

    @Test
    void acceptsAJcaPrivateKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DidKey did = DidKey.fromPublicKey(Ed25519Keys.rawPublicKey(pair.getPublic()));
        ObjectNode signed = DataIntegritySigner.create(pair.getPrivate(), did.verificationMethodId())
                .sign(unsigned(did.did()), CREATED);
        assertThat(only(signed, DocumentResolver.offline()).signatureValid()).isTrue();
    }

    @Test
    void rejectsAChangedCharacterInTheCredential() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        signed.put("name", "Teamwork Badgf");
        ProofResult result = only(signed, DocumentResolver.offline());
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("does not match");
    }

    @Test
    void rejectsAnAddedPropertyTheContextDoesNotDefineInsteadOfIgnoringIt() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        ((ObjectNode) signed.get("credentialSubject")).put("grade", "A+");
        ProofResult result = only(signed, DocumentResolver.offline());
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("'grade'").contains("/credentialSubject/grade").contains("not defined");
    }

    @Test
    void rejectsASwappedContext() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        ((ArrayNode) signed.get("@context")).set(1, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json");
        ProofResult result = only(signed, DocumentResolver.offline());
        assertThat(result.signatureValid()).isFalse();
    }

    @Test
    void rejectsAChangedProofCreated() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        proof(signed).put("created", "2026-11-28T10:00:01Z");
        assertThat(only(signed, DocumentResolver.offline()).signatureValid()).isFalse();
    }

    @Test
    void rejectsATruncatedProofValueWithItsLength() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        String value = proof(signed).get("proofValue").asText();
        proof(signed).put("proofValue", value.substring(0, value.length() - 10));
        ProofResult result = only(signed, DocumentResolver.offline());
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.message()).contains("/proof/0/proofValue decodes to").contains("expected a 64-byte");
    }

    @Test
    void rejectsAProofValueThatIsNotMultibase() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        proof(signed).put("proofValue", "u" + proof(signed).get("proofValue").asText().substring(1));
        assertThat(only(signed, DocumentResolver.offline()).message()).contains("does not start with 'z'");
    }

    @Test
    void rejectsAnotherProofPurpose() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        proof(signed).put("proofPurpose", "authentication");
        assertThat(only(signed, DocumentResolver.offline()).message())
                .isEqualTo("/proof/0/proofPurpose is authentication, expected assertionMethod");
    }

    @Test
    void rejectsACreatedThatIsNotADateTime() throws BadgeException {
        ObjectNode signed = signedByDidKey();
        proof(signed).put("created", "yesterday");
        assertThat(only(signed, DocumentResolver.offline()).message())
                .isEqualTo("/proof/0/created yesterday is not a valid xsd:dateTime");
    }

    @Test
    void reportsAKeyControlledBySomeoneElseAsContradicted() throws BadgeException {
        String issuer = "https://issuer.example/profile";
        String vm = "https://evil.example/keys#key-1";
        ObjectNode signed = DataIntegritySigner.create(SEED, vm).sign(unsigned(issuer), CREATED);
        DocumentResolver resolver = TestContexts.of(Map.of("https://evil.example/keys",
                ControllerDocuments.controller("https://evil.example/keys", vm, DID.multibase())));
        ProofResult result = only(signed, resolver);
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.message()).contains("controlled by https://evil.example/keys, not by the issuer " + issuer);
    }

    @Test
    void reportsAnIssuerDocumentThatDoesNotListTheKeyForAssertionAsContradicted() throws BadgeException {
        String issuer = "https://issuer.example/profile";
        String vm = issuer + "#key-1";
        ObjectNode signed = DataIntegritySigner.create(SEED, vm).sign(unsigned(issuer), CREATED);
        ObjectNode doc = ControllerDocuments.controller(issuer, vm, DID.multibase());
        doc.remove("assertionMethod");
        doc.putArray("authentication").add(vm);
        ProofResult result = only(signed, TestContexts.of(Map.of(issuer, doc)));
        assertThat(result.binding()).isEqualTo(KeyBinding.CONTRADICTED);
        assertThat(result.message()).contains("does not list " + vm + " under assertionMethod");
    }

    @Test
    void resolvesADidWebKeyThroughTheResolverAndBindsIt() throws BadgeException {
        String did = "did:web:issuer.example:badges";
        String vm = did + "#key-1";
        ObjectNode signed = DataIntegritySigner.create(SEED, vm).sign(unsigned(did), CREATED);
        ObjectNode didDoc = ControllerDocuments.controller(did, "#key-1", DID.multibase());
        ((ObjectNode) didDoc.get("verificationMethod").get(0)).put("controller", did);
        ProofResult result = only(signed, TestContexts.of(Map.of("https://issuer.example/badges/did.json", didDoc)));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).as(result.message()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void mapsDidWebToTheWellKnownAndPathUrls() throws BadgeException {
        assertThat(VerificationMethodResolver.didWebUrl("did:web:example.com"))
                .isEqualTo("https://example.com/.well-known/did.json");
        assertThat(VerificationMethodResolver.didWebUrl("did:web:example.com%3A8443:issuers:123"))
                .isEqualTo("https://example.com:8443/issuers/123/did.json");
    }

    @Test
    void anUnresolvableDidWebKeyCannotBeChecked() throws BadgeException {
        ObjectNode signed = DataIntegritySigner.create(SEED, "did:web:issuer.example#key-1").sign(unsigned("did:web:issuer.example"),
                CREATED);
        ProofResult result = only(signed, DocumentResolver.offline());
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(result.message()).contains("cannot resolve").contains("https://issuer.example/.well-known/did.json");
    }

    @Test
    void signsAndVerifiesAProofSetWhereEachProofCoversTheDocumentWithoutProofs() throws Exception {
        KeyPair second = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DidKey secondDid = DidKey.fromPublicKey(Ed25519Keys.rawPublicKey(second.getPublic()));
        ObjectNode once = signedByDidKey();
        ObjectNode twice = DataIntegritySigner.create(second.getPrivate(), secondDid.verificationMethodId()).sign(once, CREATED);
        List<ProofResult> results = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(twice);
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).as(r.message()).isTrue());
        assertThat(results.get(0).binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(results.get(1).binding()).isEqualTo(KeyBinding.UNCONFIRMED);
    }

    @Test
    void aDocumentWithoutProofHasNoResults() throws BadgeException {
        assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(unsigned(DID.did()))).isEmpty();
    }

    @Test
    void signingRefusesADocumentWithAnUndefinedProperty() throws BadgeException {
        ObjectNode doc = unsigned(DID.did());
        doc.put("secretNote", "x");
        assertThatThrownBy(() -> DataIntegritySigner.create(SEED, DID.verificationMethodId()).sign(doc, CREATED))
                .isInstanceOf(BadgeException.class).hasMessageContaining("secretNote");
    }

    @Test
    void signingRefusesASeedOfTheWrongLength() {
        assertThatThrownBy(() -> DataIntegritySigner.create(new byte[31], DID.verificationMethodId()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("31 bytes, expected 32");
    }
}
