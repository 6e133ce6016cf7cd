package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@code verify/hostile/}) ends in a clear verdict: an invalid report whose failures say
 * what is wrong, or a {@link BadgeException} with a one-line message. Never a hang (a generous 5 s guard, not a performance
 * assertion), never a stack trace in a message, never a lookup the test did not map.
 */
class HostileInputsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Path CORPUS = TestResolver.resource("verify/hostile");

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".data")).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastThirtyFiles() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileFileEndsInAClearVerdictQuicklyAndOffline(String name) throws Exception {
        TestResolver resolver = TestResolver.withExampleIssuers()
                .file("https://hostile.example/status/bomb", CORPUS.resolve("status-list-bomb.json.data"))
                .status("https://hostile.example/assertions/1", 410)
                .status("https://hostile.example/badges/1", 404);
        Verifier verifier = Verifier.newBuilder().resolver(resolver).clock(CLOCK).build();

        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                return verifier.verify(CORPUS.resolve(name));
            } catch (BadgeException e) {
                return e;
            }
        });

        if (outcome instanceof VerificationReport report) {
            assertThat(report.valid()).as("verdict on %s", name).isFalse();
            List<CheckResult> failures = report.withOutcome(Outcome.FAILED);
            assertThat(failures).isNotEmpty();
            assertThat(report.checks()).allSatisfy(check -> assertNoStackTrace(check.message()));
        } else {
            BadgeException failure = (BadgeException) outcome;
            assertNoStackTrace(failure.getMessage());
        }
        assertThat(resolver.unmappedLookups()).as("lookups of unmapped URLs").isEmpty();
    }

    private static void assertNoStackTrace(String message) {
        assertThat(message).isNotBlank().doesNotContain("\tat ").doesNotContain("\n\tat").doesNotContainPattern(
                "(?m)^\\s+at [a-z]+\\.");
        assertThat(message.length()).as("message length").isLessThan(4000);
    }
}
