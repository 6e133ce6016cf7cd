package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HexFormat;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.jsonld.TestContexts;
import org.junit.jupiter.api.Test;

class ProofConfigMemoTest {
    private static final byte[] SEED = HexFormat.of().parseHex(EddsaRdfc2022VectorsTest.OB3_SEED);

    private static ObjectNode credential() throws Exception {
        ObjectNode doc = TestContexts.json("/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json");
        doc.remove("proof");
        return doc;
    }

    private static ObjectNode proofOptions(String created) {
        ObjectNode proof = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        proof.put("type", "DataIntegrityProof").put("cryptosuite", "eddsa-rdfc-2022").put("created", created)
                .put("verificationMethod", EddsaRdfc2022VectorsTest.OB3_VM).put("proofPurpose", "assertionMethod");
        return proof;
    }

    @Test
    void givesTheSameHashDataAsComputingFromScratchOnHitsAndMisses() throws Exception {
        Canonicalizer canonicalizer = Canonicalizer.rdfc();
        ProofConfigMemo memo = new ProofConfigMemo();
        ObjectNode doc = credential();
        for (String created : new String[] {"2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z",
                "2026-01-01T00:00:00Z"}) {
            assertThat(EddsaRdfc2022.hashData(canonicalizer, doc, proofOptions(created), memo))
                    .isEqualTo(EddsaRdfc2022.hashData(canonicalizer, doc, proofOptions(created)));
        }
    }

    @Test
    void aConfigChangedAfterItWasRememberedIsNotMistakenForIt() throws Exception {
        ProofConfigMemo memo = new ProofConfigMemo();
        ObjectNode config = proofOptions("2026-01-01T00:00:00Z");
        memo.put(config, new byte[] {1, 2, 3});
        config.put("proofPurpose", "authentication");
        assertThat(memo.get(config)).isNull();
        assertThat(memo.get(proofOptions("2026-01-01T00:00:00Z"))).containsExactly(1, 2, 3);
    }

    @Test
    void credentialsSignedInTheSameSecondEachVerify() throws Exception {
        DataIntegritySigner signer = DataIntegritySigner.create(SEED, EddsaRdfc2022VectorsTest.OB3_VM);
        Instant created = Instant.parse("2026-11-28T10:00:00.250Z");
        ObjectNode first = credential();
        ObjectNode second = credential();
        second.put("name", "A second credential in the same second");
        ObjectNode signedFirst = signer.sign(first, created);
        ObjectNode signedSecond = signer.sign(second, created.plusMillis(500));
        assertThat(signedSecond.at("/proof/0/created").asText()).isEqualTo(signedFirst.at("/proof/0/created").asText());
        byte[] publicKey = signer.publicKey();
        for (ObjectNode signed : new ObjectNode[] {signedFirst, signedSecond}) {
            ObjectNode unsecured = signed.deepCopy();
            ObjectNode proof = (ObjectNode) ((com.fasterxml.jackson.databind.node.ArrayNode) unsecured.remove("proof")).get(0);
            byte[] signature = org.badgekit.keys.Multibase.decodeBase58Btc(proof.get("proofValue").asText(), "proofValue");
            assertThat(Ed25519.verify(publicKey, EddsaRdfc2022.hashData(Canonicalizer.rdfc(), unsecured, proof), signature))
                    .isTrue();
        }
    }
}
