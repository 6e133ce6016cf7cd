package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;

/** OB 2.0 hosted and signed verification policy (DIGEST §2): hosted copy of record, 410 and revoked, origins, revocation list. */
class Ob2VerificationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final String ASSERTION = "https://issuer.example/assertions/1";

    private static TestResolver issuerDocuments(String policy) {
        return new TestResolver()
                .bytes("https://issuer.example/badges/la", Credentials.badgeClass().getBytes(StandardCharsets.UTF_8))
                .bytes(Credentials.ISSUER, Credentials.issuerProfile(policy).getBytes(StandardCharsets.UTF_8));
    }

    private static VerificationReport verify(TestResolver resolver, ObjectNode assertion, String email) throws BadgeException {
        return Verifier.newBuilder().clock(CLOCK).resolver(resolver).expectedRecipientEmail(email).pieces(FakePieces.bound())
                .build().verify(Credentials.bytes(assertion), "assertion.json");
    }

    private static CheckResult check(VerificationReport report, String id) {
        return report.check(id).orElseThrow(() -> new AssertionError(id + " did not run"));
    }

    @Test
    void hostedAssertionServedByItsIssuerVerifies() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted();
        TestResolver resolver = issuerDocuments(null).bytes(ASSERTION, Credentials.bytes(assertion));

        VerificationReport report = verify(resolver, assertion, "nobody@example.org");

        assertThat(report.valid()).as(report.checks().toString()).isTrue();
        assertThat(report.format().id()).isEqualTo("ob2.json");
        assertThat(report.issuer()).isEqualTo(Credentials.ISSUER);
        assertThat(report.issuerName()).isEqualTo("Example College");
        assertThat(report.achievement()).isEqualTo("Learning Ambassador");
        assertThat(check(report, "ob2.hosted").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, "recipient").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, "ob2.signed").outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void hostAnswering410MeansRevoked() throws Exception {
        TestResolver resolver = issuerDocuments(null).status(ASSERTION, 410);

        CheckResult hosted = check(verify(resolver, Credentials.ob2Hosted(), null), "ob2.hosted");

        assertThat(hosted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hosted.message()).contains("410").contains("revoked");
    }

    @Test
    void hostedCopyMarkedRevokedMeansRevoked() throws Exception {
        TestResolver resolver = issuerDocuments(null).bytes(ASSERTION,
                ("{\"id\":\"" + ASSERTION + "\",\"revoked\":true,\"revocationReason\":\"issued in error\"}")
                        .getBytes(StandardCharsets.UTF_8));

        CheckResult hosted = check(verify(resolver, Credentials.ob2Hosted(), null), "ob2.hosted");

        assertThat(hosted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hosted.message()).contains("revoked: issued in error");
    }

    @Test
    void hostedCopyIsTheAssertionOfRecord() throws Exception {
        ObjectNode hostedCopy = Credentials.ob2Hosted().put("expires", "2025-01-01T00:00:00Z");
        TestResolver resolver = issuerDocuments(null).bytes(ASSERTION, Credentials.bytes(hostedCopy));

        VerificationReport report = verify(resolver, Credentials.ob2Hosted(), null);

        assertThat(check(report, "dates.expired").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void assertionHostedOutsideTheAllowedOriginsFails() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted();
        TestResolver resolver = issuerDocuments("{\"type\":\"VerificationObject\",\"allowedOrigins\":[\"badges.issuer.example\"]}")
                .bytes(ASSERTION, Credentials.bytes(assertion));

        CheckResult hosted = check(verify(resolver, assertion, null), "ob2.hosted");

        assertThat(hosted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hosted.message()).contains("'issuer.example'").contains("badges.issuer.example");
    }

    @Test
    void assertionIdOutsideStartsWithFails() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted();
        TestResolver resolver = issuerDocuments("{\"type\":\"VerificationObject\",\"startsWith\":\"https://issuer.example/ob/\"}")
                .bytes(ASSERTION, Credentials.bytes(assertion));

        assertThat(check(verify(resolver, assertion, null), "ob2.hosted").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void hostedAssertionThatCannotBeLookedUpFailsAndSaysHowToProvideIt() throws Exception {
        CheckResult hosted = check(verify(issuerDocuments(null), Credentials.ob2Hosted(), null), "ob2.hosted");

        assertThat(hosted.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hosted.message()).contains("--resolve " + ASSERTION);
    }

    @Test
    void recipientOfTheValidatorVectorDoesNotMatchAnotherAddress() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted();
        TestResolver resolver = issuerDocuments(null).bytes(ASSERTION, Credentials.bytes(assertion));

        CheckResult recipient = check(verify(resolver, assertion, "somebody@example.org"), "recipient");

        assertThat(recipient.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(recipient.pointer()).isEqualTo("/recipient/identity");
    }

    @Test
    void signedAssertionIsCheckedByItsSignatureAndTheIssuersRevocationList() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted().put("id", "urn:uuid:5b2a1c34-3c6e-4b53-9c52-1e2f3a4b5c6d");
        assertion.putObject("verification").put("type", "SignedBadge").put("creator", "https://issuer.example/key");
        TestResolver resolver = new TestResolver()
                .bytes("https://issuer.example/badges/la", Credentials.badgeClass().getBytes(StandardCharsets.UTF_8))
                .bytes(Credentials.ISSUER, Credentials.issuerProfile(null).replace("}",
                        ", \"revocationList\": \"https://issuer.example/revocations\"}").getBytes(StandardCharsets.UTF_8));
        String jws = Credentials.compact("{\"alg\":\"RS256\"}", assertion, "c2ln");

        VerificationReport report = Verifier.newBuilder().clock(CLOCK).resolver(resolver).pieces(FakePieces.bound()).build()
                .verify(jws.getBytes(StandardCharsets.UTF_8), "signed.jws");

        assertThat(report.format().id()).isEqualTo("ob2.jws");
        assertThat(check(report, "ob2.signed").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, "proof.key-binding").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, "ob2.revocation-list").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, "ob2.hosted").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void ob2ContextMustComeFirst() throws Exception {
        ObjectNode assertion = Credentials.ob2Hosted();
        assertion.putArray("@context").add("https://example.org/other").add("https://w3id.org/openbadges/v2");
        TestResolver resolver = issuerDocuments(null).bytes(ASSERTION, JsonCodec.write(assertion).getBytes(StandardCharsets.UTF_8));

        assertThat(check(verify(resolver, assertion, null), "context").outcome()).isEqualTo(Outcome.FAILED);
    }
}
