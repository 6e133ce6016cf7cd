package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Credentials issued by the independent Node.js stack (shared/interop {@code issue-ob3-di.js}: @digitalbazaar/vc +
 * eddsa-rdfc-2022-cryptosuite + jsonld), kept as fixtures so this runs without Node.
 */
class NodeInteropTest {

    @ParameterizedTest
    @ValueSource(strings = {"node-didkey-credential-1.json", "node-didkey-credential-2.json"})
    void verifiesDidKeyCredentialsIssuedByTheNodeStack(String name) throws Exception {
        ObjectNode signed = TestContexts.json("/interop/" + name);
        List<ProofResult> results = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(signed);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.binding()).isEqualTo(KeyBinding.BOUND);
        });
    }

    @Test
    void verifiesADidWebCredentialIssuedByTheNodeStackWithItsDidDocument() throws Exception {
        ObjectNode signed = TestContexts.json("/interop/node-didweb-credential.json");
        DocumentResolver resolver = TestContexts.of(Map.of("https://issuer.example/.well-known/did.json",
                TestContexts.json("/interop/node-didweb-did.json")));
        assertThat(DataIntegrityVerifier.create(resolver).verify(signed)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.binding()).isEqualTo(KeyBinding.BOUND);
        });
    }

    @Test
    void rejectsANodeCredentialWhoseSubjectWasChanged() throws Exception {
        ObjectNode signed = TestContexts.json("/interop/node-didkey-credential-1.json");
        ((ObjectNode) signed.get("credentialSubject")).put("id", "urn:uuid:00000000-0000-0000-0000-000000000000");
        assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(signed)).singleElement()
                .satisfies(r -> assertThat(r.signatureValid()).isFalse());
    }
}
