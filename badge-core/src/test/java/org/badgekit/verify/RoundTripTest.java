package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.VcJwt;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the library's own signers and bakers produce verifies, with every check passing; a copy with one character changed in
 * the payload or the proof does not.
 */
class RoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    /** The 1EdTech OB 3.0 test vector's Ed25519 seed (DIGEST §10.2). */
    private static final byte[] SEED = HexFormat.of().parseHex("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4");

    private Verifier verifier;
    private DataIntegritySigner signer;
    private String did;

    @BeforeEach
    void setUp() throws Exception {
        verifier = Verifier.newBuilder().clock(CLOCK).expectedRecipientEmail("a@example.com").build();
        DataIntegritySigner probe = DataIntegritySigner.create(SEED, "did:key:placeholder#k");
        did = DidKey.fromPublicKey(probe.publicKey()).did();
        signer = DataIntegritySigner.create(SEED, did + "#" + probe.publicKeyMultibase());
    }

    private ObjectNode unsigned() {
        ObjectNode credential = Credentials.ob3();
        credential.remove("proof");
        ((ObjectNode) credential.get("issuer")).put("id", did);
        return credential;
    }

    private byte[] signed() throws Exception {
        return JsonCodec.writePretty(signer.sign(unsigned(), Instant.parse("2026-01-01T00:00:00Z")))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signedCredentialPassesEveryCheck() throws Exception {
        VerificationReport report = verifier.verify(signed(), "signed.json");

        assertThat(report.valid()).isTrue();
        assertThat(report.withOutcome(Outcome.WARNING)).as("warnings").isEmpty();
        assertThat(report.check("proof.key-binding").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.check("recipient").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.check("schema").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.check("jsonld.safe-mode").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void oneCharacterChangedInThePayloadBreaksTheSignature() throws Exception {
        String tampered = new String(signed(), StandardCharsets.UTF_8).replace("Learning Ambassador", "Learning Ambassadur");

        VerificationReport report = verifier.verify(tampered.getBytes(StandardCharsets.UTF_8), "tampered.json");

        assertThat(report.valid()).isFalse();
        assertThat(report.check("proof.signature").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void oneCharacterChangedInTheProofValueBreaksTheSignature() throws Exception {
        ObjectNode credential = (ObjectNode) JsonCodec.parse("signed", signed());
        ObjectNode proof = (ObjectNode) credential.withArray("proof").get(0);
        String value = proof.get("proofValue").asText();
        char last = value.charAt(value.length() - 1);
        proof.put("proofValue", value.substring(0, value.length() - 1) + (last == '2' ? '3' : '2'));

        VerificationReport report = verifier.verify(Credentials.bytes(credential), "tampered.json");

        assertThat(report.valid()).isFalse();
        assertThat(report.check("proof.signature").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void bakedPngAndSvgVerifyAndTheirTamperedCopiesDoNot() throws Exception {
        Baker baker = Baker.create();
        byte[] png = Files.readAllBytes(SharedSpec.spec().resolve("examples/ob20/validator/assets/robotics-badge.png"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><circle r=\"4\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        BakedPayload payload = BakedPayload.detect(new String(signed(), StandardCharsets.UTF_8));

        for (byte[] image : new byte[][] {baker.bake(png, payload), baker.bake(svg, payload)}) {
            VerificationReport report = verifier.verify(image, "baked");
            assertThat(report.valid()).as(report.format().id()).isTrue();
            assertThat(report.format().id()).isIn("ob3.vc2.json+png", "ob3.vc2.json+svg");

            String text = new String(image, StandardCharsets.ISO_8859_1).replace("Learning Ambassador", "Learning Ambassadur");
            VerificationReport tampered = verifier.verify(text.getBytes(StandardCharsets.ISO_8859_1), "tampered");
            assertThat(tampered.valid()).as("tampered " + report.format().id()).isFalse();
        }
    }

    @Test
    void vcJwtSignedWithTheIssuersDidKeyVerifiesAndATamperedPayloadDoesNot() throws Exception {
        IssuerKey key = IssuerKey.generate(KeyType.ED25519, 0);
        String keyDid = key.didKey().orElseThrow();
        ObjectNode credential = unsigned();
        ((ObjectNode) credential.get("issuer")).put("id", keyDid);
        String token = VcJwt.signer(key, keyDid + "#" + keyDid.substring(DidKey.PREFIX.length())).sign(credential);

        VerificationReport report = verifier.verify(token.getBytes(StandardCharsets.US_ASCII), "badge.jwt");

        assertThat(report.format().id()).isEqualTo("ob3.vc2.jwt");
        assertThat(report.valid()).as(report.checks().toString()).isTrue();
        assertThat(report.check("jwt.claims").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);

        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Learning Ambassador", "Learning Ambassadur");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        VerificationReport bad = verifier.verify(tampered.getBytes(StandardCharsets.US_ASCII), "tampered.jwt");
        assertThat(bad.valid()).isFalse();
        assertThat(bad.check("proof.signature").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void embeddedEndorsementsAreVerifiedWhetherDataIntegrityOrJwt() throws Exception {
        IssuerKey endorserKey = IssuerKey.generate(KeyType.ED25519, 0);
        String endorser = endorserKey.didKey().orElseThrow();
        ObjectNode endorsement = (ObjectNode) JsonCodec.parse("endorsement", """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:0c4a3a1e-4a51-4c9e-9f5e-0d7c3b1a2e01",
                 "type": ["VerifiableCredential", "EndorsementCredential"],
                 "name": "Chamber endorsement",
                 "issuer": {"id": "%s", "type": ["Profile"], "name": "Chamber of Commerce"},
                 "validFrom": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"id": "https://issuer.example/achievements/la", "type": ["EndorsementSubject"],
                    "endorsementComment": "Meets the chamber's standard"}}
                """.formatted(endorser));
        String endorserMethod = endorser + "#" + endorser.substring(DidKey.PREFIX.length());
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        ObjectNode signedEndorsement = DataIntegritySigner.create(endorserKey.privateKey().orElseThrow(), endorserMethod)
                .sign(endorsement, created);
        ObjectNode credential = unsigned();
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).putArray("endorsement").add(signedEndorsement);

        VerificationReport good = verifier.verify(Credentials.bytes(signer.sign(credential, created)), "endorsed.json");

        assertThat(good.check("endorsements").orElseThrow().outcome()).as(good.checks().toString()).isEqualTo(Outcome.PASSED);
        assertThat(good.check("endorsements").orElseThrow().message()).contains("Chamber of Commerce");
        assertThat(good.valid()).isTrue();

        // an endorsementJwt (not in the bundled 3.0.3 context, so carried by a VC-JWT badge) whose signature was altered
        IssuerKey badgeKey = IssuerKey.generate(KeyType.ED25519, 0);
        String badgeDid = badgeKey.didKey().orElseThrow();
        String jwt = VcJwt.signer(endorserKey, endorserMethod).sign(endorsement);
        String[] parts = jwt.split("\\.");
        ObjectNode forged = unsigned();
        ((ObjectNode) forged.get("issuer")).put("id", badgeDid);
        ((ObjectNode) forged.get("credentialSubject").get("achievement")).putArray("endorsementJwt")
                .add(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        String token = VcJwt.signer(badgeKey, badgeDid + "#" + badgeDid.substring(DidKey.PREFIX.length())).sign(forged);

        VerificationReport bad = verifier.verify(token.getBytes(StandardCharsets.US_ASCII), "forged.jwt");

        CheckResult endorsements = bad.check("endorsements").orElseThrow();
        assertThat(endorsements.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(endorsements.message()).contains("proof.signature");
        assertThat(endorsements.pointer()).isEqualTo("/credentialSubject/achievement/endorsementJwt/0");
        assertThat(bad.check("proof.signature").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }
}
