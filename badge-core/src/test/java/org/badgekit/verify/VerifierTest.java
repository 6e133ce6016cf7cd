package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.sign.KeyBinding;
import org.badgekit.status.StatusResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Verifier.Builder builder() {
        return Verifier.newBuilder().clock(CLOCK).pieces(FakePieces.bound());
    }

    private static VerificationReport verify(ObjectNode credential) throws BadgeException {
        return builder().build().verify(Credentials.bytes(credential), "test.json");
    }

    private static Outcome outcome(VerificationReport report, String id) {
        return report.check(id).orElseThrow(() -> new AssertionError("check " + id + " did not run")).outcome();
    }

    @Test
    void acceptsWellFormedCredentialWithBoundProof() throws Exception {
        VerificationReport report = verify(Credentials.ob3());

        assertThat(report.valid()).isTrue();
        assertThat(report.withOutcome(Outcome.WARNING)).isEmpty();
        assertThat(report.format().id()).isEqualTo("ob3.vc2.json");
        assertThat(report.issuer()).isEqualTo(Credentials.ISSUER);
        assertThat(report.issuerName()).isEqualTo("Example College");
        assertThat(report.achievement()).isEqualTo("Learning Ambassador");
        assertThat(report.issued()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(report.checks()).extracting(CheckResult::id).containsExactly("extract", "json.wellformed", "context", "type",
                "schema", "jsonld.safe-mode", "proof.signature", "proof.key-binding", "jwt.claims", "dates.issued",
                "dates.expired", "status.revoked", "recipient", "endorsements", "issuer.trusted");
    }

    @Test
    void rejectsCredentialWhoseValidUntilHasPassed() throws Exception {
        ObjectNode credential = Credentials.ob3().put("validUntil", "2024-01-01T00:00:00Z");

        VerificationReport report = verify(credential);

        assertThat(report.valid()).isFalse();
        CheckResult expired = report.check("dates.expired").orElseThrow();
        assertThat(expired.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(expired.message()).startsWith("validUntil 2024-01-01T00:00:00Z is before 2026-11-28T10:00:00Z");
        assertThat(expired.pointer()).isEqualTo("/validUntil");
    }

    @Test
    void acceptsIssueDateWithinTheClockSkewAndRejectsOneBeyondIt() throws Exception {
        ObjectNode soon = Credentials.ob3().put("validFrom", NOW.plus(Duration.ofMinutes(4)).toString());
        ObjectNode later = Credentials.ob3().put("validFrom", NOW.plus(Duration.ofMinutes(6)).toString());

        assertThat(outcome(verify(soon), "dates.issued")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(verify(later), "dates.issued")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void rejectsDatesWithoutTimeZone() throws Exception {
        VerificationReport report = verify(Credentials.ob3().put("validFrom", "2026-01-01T00:00:00"));

        CheckResult issued = report.check("dates.issued").orElseThrow();
        assertThat(issued.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(issued.message()).contains("'2026-01-01T00:00:00'").contains("time zone");
    }

    @Test
    void unconfirmedKeyIsAWarningThatStrictModeTurnsIntoAFailure() throws Exception {
        Pieces unconfirmed = FakePieces.with(KeyBinding.UNCONFIRMED, null);
        byte[] bytes = Credentials.bytes(Credentials.ob3());

        VerificationReport lenient = builder().pieces(unconfirmed).build().verify(bytes, "t");
        VerificationReport strict = builder().pieces(unconfirmed).strict(true).build().verify(bytes, "t");

        assertThat(lenient.valid()).isTrue();
        assertThat(outcome(lenient, "proof.key-binding")).isEqualTo(Outcome.WARNING);
        assertThat(strict.valid()).isFalse();
        assertThat(strict.strict()).isTrue();
        assertThat(strict.check("proof.key-binding").orElseThrow().message()).contains("--strict");
    }

    @Test
    void contradictedKeyAlwaysFails() throws Exception {
        Pieces contradicted = FakePieces.with(KeyBinding.CONTRADICTED, null);

        VerificationReport report = builder().pieces(contradicted).build().verify(Credentials.bytes(Credentials.ob3()), "t");

        assertThat(report.valid()).isFalse();
        assertThat(outcome(report, "proof.key-binding")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void legacySuiteVerifiesWithAWarning() throws Exception {
        ObjectNode credential = Credentials.ob3();
        ((ObjectNode) credential.withArray("proof").get(0)).put("type", "Ed25519Signature2020").remove("cryptosuite");

        VerificationReport report = verify(credential);

        assertThat(report.valid()).isTrue();
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.WARNING);
        assertThat(report.check("proof.signature").orElseThrow().message()).contains("legacy");
    }

    @Test
    void oneValidProofAmongSeveralSuffices() throws Exception {
        ObjectNode credential = Credentials.ob3();
        credential.withArray("proof").insertObject(0).put("type", "DataIntegrityProof").put("proofValue", "zBAD");

        VerificationReport report = verify(credential);

        CheckResult signature = report.check("proof.signature").orElseThrow();
        assertThat(signature.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signature.message()).startsWith("1 of 2 proofs verified").contains("not verified");
    }

    @Test
    void rejectsCredentialWithoutProofOrWithOnlyBadProofs() throws Exception {
        ObjectNode unsigned = Credentials.ob3();
        unsigned.remove("proof");
        ObjectNode tampered = Credentials.ob3();
        ((ObjectNode) tampered.withArray("proof").get(0)).put("proofValue", "zBAD");

        assertThat(outcome(verify(unsigned), "proof.signature")).isEqualTo(Outcome.FAILED);
        assertThat(verify(unsigned).check("proof.signature").orElseThrow().message()).contains("no proof");
        assertThat(outcome(verify(tampered), "proof.signature")).isEqualTo(Outcome.FAILED);
        assertThat(outcome(verify(tampered), "proof.key-binding")).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void statusRevokedAndSuspendedFailUnknownWarnsAbsentIsSkipped() throws Exception {
        ObjectNode credential = Credentials.ob3();
        credential.putObject("credentialStatus").put("type", "BitstringStatusListEntry");
        byte[] bytes = Credentials.bytes(credential);

        for (StatusResult.State state : StatusResult.State.values()) {
            Pieces pieces = FakePieces.with(KeyBinding.BOUND, FakePieces.result(state));
            VerificationReport report = builder().pieces(pieces).build().verify(bytes, "t");
            Outcome expected = switch (state) {
                case REVOKED, SUSPENDED -> Outcome.FAILED;
                case UNKNOWN -> Outcome.WARNING;
                case NOT_REVOKED -> Outcome.PASSED;
            };
            assertThat(outcome(report, "status.revoked")).as(state.name()).isEqualTo(expected);
        }
        assertThat(outcome(verify(Credentials.ob3()), "status.revoked")).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void matchesHashedRecipientFromTheSpecExampleAsTypedOrLowerCased() throws Exception {
        byte[] bytes = Credentials.bytes(Credentials.ob3());

        VerificationReport match = builder().expectedRecipientEmail("a@example.com").build().verify(bytes, "t");
        VerificationReport upper = builder().expectedRecipientEmail("A@Example.com").build().verify(bytes, "t");
        VerificationReport other = builder().expectedRecipientEmail("b@example.com").build().verify(bytes, "t");

        assertThat(outcome(match, "recipient")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(upper, "recipient")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(other, "recipient")).isEqualTo(Outcome.FAILED);
        assertThat(other.check("recipient").orElseThrow().message()).contains("b@example.com");
        assertThat(other.valid()).isFalse();
    }

    @Test
    void trustListAcceptsListedIssuerAndRejectsOthers() throws Exception {
        byte[] bytes = Credentials.bytes(Credentials.ob3());

        VerificationReport trusted = builder().trustIssuer(Credentials.ISSUER).build().verify(bytes, "t");
        VerificationReport untrusted = builder().trustIssuer("did:web:other.example").build().verify(bytes, "t");

        assertThat(outcome(trusted, "issuer.trusted")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(untrusted, "issuer.trusted")).isEqualTo(Outcome.FAILED);
        assertThat(untrusted.check("issuer.trusted").orElseThrow().message()).contains(Credentials.ISSUER);
    }

    @Test
    void rejectsContextsInTheWrongOrder() throws Exception {
        ObjectNode credential = Credentials.ob3();
        credential.putArray("@context").add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                .add("https://www.w3.org/ns/credentials/v2");

        CheckResult context = verify(credential).check("context").orElseThrow();

        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.pointer()).isEqualTo("/@context/0");
    }

    @Test
    void rejectsCredentialWithoutOpenBadgeType() throws Exception {
        ObjectNode credential = Credentials.ob3();
        credential.putArray("type").add("VerifiableCredential").add("OtherCredential");

        assertThat(outcome(verify(credential), "type")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void vcJwtWhoseClaimsContradictTheCredentialFails() throws Exception {
        ObjectNode payload = Credentials.ob3();
        payload.remove("proof");
        payload.put("iss", Credentials.ISSUER).put("jti", payload.get("id").asText()).put("nbf", 1767225600L);
        ObjectNode forged = payload.deepCopy().put("iss", "https://evil.example");

        VerificationReport good = builder().build().verify(
                Credentials.compact("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", payload, "c2ln").getBytes(StandardCharsets.UTF_8), "t");
        VerificationReport bad = builder().build().verify(
                Credentials.compact("{\"alg\":\"RS256\"}", forged, "c2ln").getBytes(StandardCharsets.UTF_8), "t");

        assertThat(good.format().id()).isEqualTo("ob3.vc2.jwt");
        assertThat(outcome(good, "jwt.claims")).isEqualTo(Outcome.PASSED);
        // iss/jti/nbf are JOSE registered claims, not JSON-LD terms: safe mode must not flag them
        assertThat(outcome(good, "jsonld.safe-mode")).isEqualTo(Outcome.PASSED);
        assertThat(good.valid()).isTrue();
        assertThat(outcome(bad, "jwt.claims")).isEqualTo(Outcome.FAILED);
        assertThat(bad.check("jwt.claims").orElseThrow().message()).contains("iss 'https://evil.example'");
    }

    @Test
    void verifiesEmbeddedEndorsementsWithTheSameChecks() throws Exception {
        ObjectNode endorsement = Credentials.ob3();
        endorsement.putArray("type").add("VerifiableCredential").add("EndorsementCredential");
        endorsement.putObject("credentialSubject").put("id", Credentials.ISSUER).putArray("type").add("EndorsementSubject");
        ObjectNode good = Credentials.ob3();
        good.putArray("endorsement").add(endorsement.deepCopy());
        ObjectNode bad = Credentials.ob3();
        ((ObjectNode) endorsement.withArray("proof").get(0)).put("proofValue", "zBAD");
        bad.putArray("endorsement").add(endorsement);

        assertThat(outcome(verify(good), "endorsements")).isEqualTo(Outcome.PASSED);
        CheckResult failed = verify(bad).check("endorsements").orElseThrow();
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.message()).contains("proof.signature");
        assertThat(failed.pointer()).isEqualTo("/endorsement/0");
    }

    @Test
    void jsonThatIsNoBadgeIsUnreadableNotInvalid() throws Exception {
        VerificationReport report = builder().build().verify("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8), "t");

        assertThat(report.unreadable()).isTrue();
        assertThat(report.valid()).isFalse();
        assertThat(report.format().recognized()).isFalse();
        assertThat(report.format().id()).isEqualTo("unknown");
    }

    @Test
    void missingFileIsABadgeExceptionNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> builder().build().verify(missing))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("nope.json")
                .satisfies(e -> assertThat(((BadgeException) e).code()).isEqualTo(BadgeException.Code.NOT_FOUND));
    }

    @Test
    void refusesNegativeSkewAndRecipientThatIsNoEmail() {
        assertThatThrownBy(() -> Verifier.newBuilder().skew(Duration.ofMinutes(-1)).build())
                .isInstanceOf(BadgeException.class).hasMessageContaining("PT-1M");
        assertThatThrownBy(() -> Verifier.newBuilder().expectedRecipientEmail("nobody").build())
                .isInstanceOf(BadgeException.class).hasMessageContaining("'nobody'");
    }

    @Test
    void oneVerifierServesManyThreadsWithTheSameVerdicts() throws Exception {
        Verifier verifier = builder().build();
        byte[] valid = Credentials.bytes(Credentials.ob3());
        byte[] expired = Credentials.bytes(Credentials.ob3().put("validUntil", "2024-01-01T00:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> verdicts = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] input = i % 2 == 0 ? valid : expired;
                verdicts.add(pool.submit(() -> verifier.verify(input, "t").valid()));
            }
            for (int i = 0; i < verdicts.size(); i++) {
                assertThat(verdicts.get(i).get()).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void streamsAndFilesGiveTheSameVerdictAsBytes(@TempDir Path dir) throws Exception {
        byte[] bytes = Credentials.bytes(Credentials.ob3());
        Path file = java.nio.file.Files.write(dir.resolve("badge.json"), bytes);
        Verifier verifier = builder().build();

        VerificationReport fromStream = verifier.verify(new java.io.ByteArrayInputStream(bytes), "stream");
        VerificationReport fromFile = verifier.verify(file);

        assertThat(fromStream.valid()).isTrue();
        assertThat(fromStream.subject()).isEqualTo("stream");
        assertThat(fromFile.valid()).isTrue();
        assertThat(fromFile.subject()).isEqualTo(file.toString());
        assertThatThrownBy(() -> verifier.verify(dir)).isInstanceOf(BadgeException.class).hasMessageContaining("directory");
    }

    @Test
    void toBuilderKeepsSettings() throws Exception {
        Verifier strict = builder().strict(true).build();

        assertThat(strict.toBuilder().build().strict()).isTrue();
    }
}
