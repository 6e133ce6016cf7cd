package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.keys.Multibase;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The W3C vc-di-eddsa (REC 2025) and 1EdTech OB 3.0 eddsa-rdfc-2022 test vectors, as literal facts. */
class EddsaRdfc2022VectorsTest {
    static final String W3C_VM = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    static final String OB3_VM = "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    static final String OB3_SEED = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";
    static final String OB3_PUBLIC_MULTIBASE = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    record Vector(String name, String unsignedResource, DocumentResolver contexts, String seedHex, String verificationMethod,
            String created, String proofCanon, String documentHash, String proofHash, String signatureHex, String proofValue) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> vectors() {
        return Stream.of(Arguments.of(new Vector("W3C vc-di-eddsa alumni credential",
                "/org/badgekit/sign/vectors/w3c-alumni-unsigned.json", TestContexts.examples(),
                "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6", W3C_VM, "2023-02-24T23:36:38Z",
                "_:c14n0 <http://purl.org/dc/terms/created> \"2023-02-24T23:36:38Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
                        + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n"
                        + "_:c14n0 <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> .\n"
                        + "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
                        + "_:c14n0 <https://w3id.org/security#verificationMethod> <" + W3C_VM + "> .\n",
                "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017",
                "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0",
                "4d8e53c2d5b3f2a7891753eb16ca993325bdb0d3cfc5be1093d0a18426f5ef8578cadc0fd4b5f4dd0d1ce0aefd15ab120b7a894d0eb094ffda4e6553cd1ed50d",
                "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme")),
                Arguments.of(new Vector("1EdTech OB 3.0 Teamwork badge",
                        "/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json", DocumentResolver.offline(), OB3_SEED, OB3_VM,
                        "2010-01-01T19:23:24Z",
                        "_:c14n0 <http://purl.org/dc/terms/created> \"2010-01-01T19:23:24Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
                                + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n"
                                + "_:c14n0 <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> .\n"
                                + "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
                                + "_:c14n0 <https://w3id.org/security#verificationMethod> <" + OB3_VM + "> .\n",
                        "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773",
                        "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19",
                        "f7a017acf7d27983267ec362657c0fb08e955549f49dac5bf36a03c4f2c3a4f1e3738a6c5ecd7ffba7135cb9cd754e6196f4b73082ea8df8e703c8ecd4333503",
                        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr")));
    }

    private static ObjectNode proofOptions(Vector v) {
        ObjectNode proof = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", "eddsa-rdfc-2022");
        proof.put("created", v.created());
        proof.put("verificationMethod", v.verificationMethod());
        proof.put("proofPurpose", "assertionMethod");
        return proof;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void canonicalProofConfigMatchesTheVector(Vector v) throws BadgeException {
        ObjectNode doc = TestContexts.json(v.unsignedResource());
        Canonicalizer canonicalizer = Canonicalizer.rdfc(v.contexts());
        String canon = canonicalizer.canonicalize(EddsaRdfc2022.proofConfig(doc, proofOptions(v)));
        assertThat(canon).isEqualTo(v.proofCanon());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void bothHashesMatchTheVectorProofHashFirst(Vector v) throws BadgeException {
        ObjectNode doc = TestContexts.json(v.unsignedResource());
        byte[] hashData = EddsaRdfc2022.hashData(Canonicalizer.rdfc(v.contexts()), doc, proofOptions(v));
        assertThat(HexFormat.of().formatHex(hashData)).isEqualTo(v.proofHash() + v.documentHash());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signingReproducesTheSignatureAndProofValue(Vector v) throws BadgeException {
        ObjectNode doc = TestContexts.json(v.unsignedResource());
        DataIntegritySigner signer = DataIntegritySigner.create(HexFormat.of().parseHex(v.seedHex()), v.verificationMethod())
                .withCanonicalizer(Canonicalizer.rdfc(v.contexts()));
        ObjectNode signed = signer.sign(doc, Instant.parse(v.created()));
        JsonNode proof = signed.get("proof").get(0);
        assertThat(proof.get("proofValue").asText()).isEqualTo(v.proofValue());
        assertThat(HexFormat.of().formatHex(Multibase.decodeBase58Btc(proof.get("proofValue").asText(), "proofValue")))
                .isEqualTo(v.signatureHex());
        assertThat(doc.has("proof")).as("input left unchanged").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void aSignedVectorVerifies(Vector v) throws BadgeException {
        ObjectNode doc = TestContexts.json(v.unsignedResource());
        DataIntegritySigner signer = DataIntegritySigner.create(HexFormat.of().parseHex(v.seedHex()), v.verificationMethod())
                .withCanonicalizer(Canonicalizer.rdfc(v.contexts()));
        ObjectNode signed = signer.sign(doc, Instant.parse(v.created()));
        DocumentResolver keys = TestContexts.of(Map.of("https://example.edu/issuers/565049",
                ControllerDocuments.controller("https://example.edu/issuers/565049", OB3_VM, OB3_PUBLIC_MULTIBASE)));
        List<ProofResult> results = DataIntegrityVerifier.create(keys).withCanonicalizer(Canonicalizer.rdfc(v.contexts()))
                .verify(signed);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.suite()).isEqualTo("eddsa-rdfc-2022");
            assertThat(r.legacy()).isFalse();
        });
    }

    @Test
    void theW3cPrivateKeyMultibaseDecodesToTheVectorSeed() throws BadgeException {
        assertThat(HexFormat.of().formatHex(Multibase.decodeEd25519PrivateKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")))
                .isEqualTo("c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6");
    }

    @Test
    void theLegacyEd25519Signature2020VectorVerifiesAsLegacy() throws BadgeException {
        ObjectNode signed = TestContexts.json("/org/badgekit/sign/vectors/w3c-alumni-ed25519signature2020-signed.json");
        List<ProofResult> results = DataIntegrityVerifier.create(DocumentResolver.offline())
                .withCanonicalizer(Canonicalizer.rdfc(TestContexts.examples())).verify(signed);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as(r.message()).isTrue();
            assertThat(r.legacy()).isTrue();
            assertThat(r.suite()).isEqualTo("Ed25519Signature2020");
            assertThat(r.message()).contains("legacy");
            assertThat(r.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        });
    }

    @Test
    void theLegacyProofConfigCanonicalizesAsTheVectorSays() throws BadgeException {
        ObjectNode signed = TestContexts.json("/org/badgekit/sign/vectors/w3c-alumni-ed25519signature2020-signed.json");
        ObjectNode proof = (ObjectNode) signed.remove("proof");
        String canon = Canonicalizer.rdfc(TestContexts.examples()).canonicalize(EddsaRdfc2022.proofConfig(signed, proof));
        assertThat(canon).isEqualTo(""
                + "_:c14n0 <http://purl.org/dc/terms/created> \"2023-02-24T23:36:38Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
                + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#Ed25519Signature2020> .\n"
                + "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
                + "_:c14n0 <https://w3id.org/security#verificationMethod> <" + W3C_VM + "> .\n");
        assertThat(HexFormat.of().formatHex(EddsaRdfc2022.sha256(canon)))
                .isEqualTo("04e14bcf5727cba0c0aa04a04d22a56fef915d5f8f7756bb92ae67cb1d0c4847");
    }
}
