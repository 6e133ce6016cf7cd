package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our verdicts on the 1EdTech validator's OB 2.0 samples, with their {@code assets/} served at the example.org URLs the
 * samples name (as the validator's own tests serve them).
 */
class Ob2ValidatorSamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final String HOSTED_ID = "https://example.org/beths-robotics-badge.json";

    private static Path samples() {
        return SharedSpec.spec().resolve("examples/ob20/validator");
    }

    private static VerificationReport verify(String file) throws Exception {
        Path samples = samples();
        TestResolver resolver = new TestResolver()
                .file(HOSTED_ID, samples.resolve(file.endsWith(".json") ? file : "basic-assertion.json"))
                .folder("https://example.org/", samples.resolve("assets"))
                .folder("http://example.org/", samples.resolve("assets"));
        return Verifier.newBuilder().clock(CLOCK).resolver(resolver).expectedRecipientEmail("nobody@example.org").build()
                .verify(samples.resolve(file));
    }

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"simple.jwt", "simple-not-revoked.jwt", "basic-assertion.json", "simple-badge.png"})
    void validSampleVerifies(String file) throws Exception {
        VerificationReport report = verify(file);

        assertThat(report.format().ob2()).isTrue();
        assertThat(report.withOutcome(Outcome.FAILED)).isEmpty();
        assertThat(report.check("recipient").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.valid()).isTrue();
    }

    @ParameterizedTest(name = "{0} is invalid and fails {1}")
    @CsvSource({
        "simple-revoked.jwt, ob2.revocation-list",
        "basic-assertion-expired.json, dates.expired",
        "basic-assertion-expired-before-issued.json, dates.expired",
        "basic-assertion-in-future.json, dates.issued",
        "basic-assertion-invalid-context.json, context",
        "basic-assertion-invalid-type.json, type",
    })
    void errorSampleFailsTheCheckItsNamePointsTo(String file, String checkId) throws Exception {
        VerificationReport report = verify(file);

        assertThat(report.valid()).isFalse();
        assertThat(report.check(checkId)).hasValueSatisfying(check -> assertThat(check.outcome())
                .as(check.message()).isEqualTo(Outcome.FAILED));
    }
}
