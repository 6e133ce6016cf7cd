package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Our verdicts on the 1EdTech validator's OB 3.0 samples agree with the validator's own expectations. */
class ValidatorSamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private static Verifier verifier(TestResolver resolver) throws BadgeException {
        return Verifier.newBuilder().resolver(resolver).clock(CLOCK).build();
    }

    static Stream<Arguments> validSamples() {
        return Stream.of(
                Arguments.of("simple.json", "ob3.vc2.json"),
                Arguments.of("simple.1ob", "ob3.vc2.json"),
                Arguments.of("simple_v1.json", "ob3.vc1.json"),
                Arguments.of("simple-did-key-method.json", "ob3.vc2.json"),
                Arguments.of("simple-did-web-method.json", "ob3.vc2.json"),
                Arguments.of("simple-multiple-proofs.json", "ob3.vc2.json"),
                Arguments.of("simple-context-alias.json", "ob3.vc2.json"),
                Arguments.of("simple-context-version.json", "ob3.vc2.json"),
                Arguments.of("simple-eddsa-2022.json", "ob3.vc1.json"),
                Arguments.of("endorsement-valid.json", "ob3.vc2.json"),
                Arguments.of("simple-json.png", "ob3.vc2.json+png"),
                Arguments.of("simple-json.svg", "ob3.vc2.json+svg"),
                Arguments.of("simple-jwt.png", "ob3.vc2.jwt+png"),
                Arguments.of("simple-jwt.svg", "ob3.vc2.jwt+svg"),
                Arguments.of("simple-jwt_v1.png", "ob3.vc1.jwt+png"),
                Arguments.of("simple-jwt_v1.svg", "ob3.vc1.jwt+svg"));
    }

    @ParameterizedTest(name = "{0} is recognised as {1} and valid")
    @MethodSource("validSamples")
    void validSampleVerifies(String file, String format) throws Exception {
        // the JWT samples carry their key in the jwk header; our stand-in issuer documents list only the Ed25519 key of the
        // Data Integrity samples, and would rightly contradict the RSA key: the JWT samples are verified with no issuer documents
        TestResolver resolver = file.contains("jwt") ? new TestResolver() : TestResolver.withExampleIssuers();
        VerificationReport report = verifier(resolver).verify(ob30Validator().resolve(file));

        assertThat(report.format().id()).isEqualTo(format);
        assertThat(report.issuer()).isNotBlank();
        assertThat(report.withOutcome(Outcome.FAILED)).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.check("proof.signature")).hasValueSatisfying(check -> assertThat(check.outcome())
                .isIn(Outcome.PASSED, Outcome.WARNING));
    }

    @ParameterizedTest(name = "{0} is invalid and fails {1}")
    @CsvSource({
        "simple-err-context.json, context",
        "simple-err-type.json, type",
        "simple-err-expired.json, dates.expired",
        "simple-err-issued.json, dates.issued",
        "simple-noproof.json, proof.signature",
        "simple-err-issuer.json, schema",
        "simple-err-issuer-type.json, schema",
        "simple-err-issuer-parentorg-type.json, schema",
        "simple-err-issuer-otheridentifier-type.json, schema",
        "simple-err-credential-subject-type.json, schema",
        "simple-err-credential-subject-identifier-type.json, schema",
        "simple-err-credential-subject-profile-type.json, schema",
        "simple-err-credential-subject-result-type.json, schema",
        "simple-err-credential-subject-achievement-result-description-type.json, schema",
        "simple-err-evidence-type.json, schema",
        "simple-err-proof-method.json, proof.signature",
        "simple-err-proof-method-no-scheme.json, proof.signature",
        "simple-err-proof-method-unknown-scheme.json, proof.signature",
        "simple-err-proof-method-unknown-did-method.json, proof.signature",
        "simple-err-proof-value.json, proof.signature",
    })
    void errorSampleFailsTheCheckItsNamePointsTo(String file, String checkId) throws Exception {
        VerificationReport report = verifier(TestResolver.withExampleIssuers()).verify(ob30Validator().resolve(file));

        assertThat(report.valid()).isFalse();
        assertThat(report.check(checkId)).hasValueSatisfying(check -> assertThat(check.outcome())
                .as(check.message()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void credentialWithRevokedBitInItsStatusListIsRevoked() throws Exception {
        Path samples = ob30Validator();
        TestResolver resolver = TestResolver.withExampleIssuers().file("https://raw.githubusercontent.com/1EdTech/"
                + "digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/"
                + "testlist", samples.resolve("bit-string-list/testlist"));

        VerificationReport report = verifier(resolver).verify(samples.resolve("bit-string-list/credential-status-revoked.json"));

        assertThat(report.valid()).isFalse();
        assertThat(report.check("status.revoked")).hasValueSatisfying(check -> {
            assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(check.message()).containsIgnoringCase("revoked");
        });
    }

    @Test
    void vc11SampleWarnsAboutItsLegacyContext() throws Exception {
        VerificationReport report = verifier(TestResolver.withExampleIssuers())
                .verify(ob30Validator().resolve("simple_v1.json"));

        assertThat(report.check("context")).hasValueSatisfying(check -> {
            assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
            assertThat(check.message()).contains("VC 1.1");
        });
    }

    @Test
    void olderObContextVersionIsAWarning() throws Exception {
        VerificationReport report = verifier(TestResolver.withExampleIssuers())
                .verify(ob30Validator().resolve("simple-context-version.json"));

        assertThat(report.check("context")).hasValueSatisfying(check -> {
            assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
            assertThat(check.message()).contains("context-3.0.2.json");
        });
    }

    @Test
    void offlineVerificationSaysWhichDocumentToSupply() throws Exception {
        VerificationReport report = verifier(new TestResolver()).verify(ob30Validator().resolve("simple.json"));

        assertThat(report.valid()).isFalse();
        assertThat(report.check("proof.signature").orElseThrow().message())
                .contains("--resolve https://example.com/issuers/876543=FILE").contains("--online");
    }

    /** The 1EdTech validator's OB 3.0 samples. */
    private static Path ob30Validator() {
        return SharedSpec.spec("examples/ob30/validator");
    }
}
