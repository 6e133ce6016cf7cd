package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.testing.SharedSpec;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signed OB 3.0 samples of 1EdTech's validator ({@code shared/spec/examples/ob30/validator}). Their https key URLs carry
 * the public key as fragment (as the validator reads them); the test serves the issuer's controller (or did:web DID) document
 * built from that.
 */
class ValidatorSamplesTest {

    private static ObjectNode sample(String name) throws BadgeException, IOException {
        Path file = SharedSpec.spec("examples/ob30/validator/" + name);
        return (ObjectNode) JsonCodec.parse(file.toString(), Files.readAllBytes(file));
    }

    /** Serves, for each https verification method of {@code signed}, the issuer's controller document listing it. */
    static DocumentResolver issuerDocuments(ObjectNode signed) {
        JsonNode issuer = signed.get("issuer");
        String issuerId = issuer.isTextual() ? issuer.textValue() : issuer.get("id").textValue();
        Map<String, JsonNode> docs = new HashMap<>();
        JsonNode proofs = signed.get("proof");
        for (JsonNode proof : proofs.isArray() ? proofs : List.of(proofs)) {
            String vm = proof.path("verificationMethod").asText("");
            int hash = vm.indexOf('#');
            if (vm.startsWith("https://") && hash > 0) {
                docs.put(vm.substring(0, hash), ControllerDocuments.controller(issuerId, vm, vm.substring(hash + 1)));
            } else if (vm.startsWith("did:web:") && hash > 0) {
                try {
                    docs.put(VerificationMethodResolver.didWebUrl(vm.substring(0, hash)),
                            ControllerDocuments.controller(issuerId, vm, vm.substring(hash + 1)));
                } catch (BadgeException e) {
                    throw new IllegalArgumentException(e);
                }
            }
        }
        return TestContexts.of(docs);
    }

    private static List<ProofResult> verify(String name) throws BadgeException, IOException {
        ObjectNode signed = sample(name);
        return DataIntegrityVerifier.create(issuerDocuments(signed)).verify(signed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple.json", "simple-did-web-method.json", "simple-context-version.json",
        "simple-context-alias.json", "complete.json", "endorsement-valid.json"})
    void currentSamplesVerifyWithABoundKey(String name) throws Exception {
        assertThat(verify(name)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.binding()).as(r.message()).isEqualTo(KeyBinding.BOUND);
            assertThat(r.legacy()).isFalse();
        });
    }

    @Test
    void theDidKeySampleVerifiesButItsKeyIsNotBoundToTheUrnIssuer() throws Exception {
        assertThat(verify("simple-did-key-method.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
            assertThat(r.message()).contains("urn:uuid:6f2e33e5-7a29-4155-840a-59483ba10164");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple_v1.json", "simple-eddsa-2022.json", "credential-status-revoked.json"})
    void legacySuitesVerifyAndAreMarkedLegacy(String name) throws Exception {
        assertThat(verify(name)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.legacy()).isTrue();
            assertThat(r.message()).contains("legacy");
        });
    }

    @Test
    void ofMultipleProofsTheSupportedOneVerifiesAndTheUnknownTypeIsReported() throws Exception {
        List<ProofResult> results = verify("simple-multiple-proofs.json");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).signatureValid()).isFalse();
        assertThat(results.get(0).message()).contains("SomeProofType").contains("not supported");
        assertThat(results.get(1).signatureValid()).as(results.get(1).message()).isTrue();
    }

    @Test
    void aVerificationMethodWithoutSchemeFails() throws Exception {
        assertThat(verify("simple-err-proof-method-no-scheme.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.message()).contains("expected a did:key, did:web or https URL");
        });
    }

    @Test
    void anUnknownDidMethodFails() throws Exception {
        assertThat(verify("simple-err-proof-method-unknown-did-method.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.message()).contains("DID method 'example' is not supported");
        });
    }

    @Test
    void anUnknownSchemeFails() throws Exception {
        assertThat(verify("simple-err-proof-method-unknown-scheme.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.message()).contains("xxx:z6Mk").contains("expected a did:key, did:web or https URL");
        });
    }

    @Test
    void aCorruptedKeyInTheVerificationMethodFails() throws Exception {
        assertThat(verify("simple-err-proof-method.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.message()).contains("cannot resolve verification method").contains("publicKeyMultibase");
        });
    }

    @Test
    void anAlteredProofValueFails() throws Exception {
        assertThat(verify("simple-err-proof-value.json")).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.message()).contains("signature of eddsa-rdfc-2022 proof does not match");
        });
    }

    @Test
    void withoutAResolverAnHttpsKeyCannotBeChecked() throws Exception {
        ObjectNode signed = sample("simple.json");
        assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(signed)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
            assertThat(r.message()).startsWith("cannot resolve verification method https://example.com/issuers/876543#z6Mk");
        });
    }
}
