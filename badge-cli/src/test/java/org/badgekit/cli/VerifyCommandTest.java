package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code badge verify} in-process: text and JSON output, exit codes 0/1/2/3, --strict, --at, --recipient, --resolve. */
class VerifyCommandTest {
    private static final String ASSERTION_URL = "https://issuer.example/assertions/1";

    @TempDir
    Path dir;
    private Path assertion;
    private String[] resolve;

    @BeforeEach
    void hostedBadge() throws IOException {
        assertion = write("assertion.json", assertionJson("https://issuer.example/profile", "2031-01-01T00:00:00Z"));
        Path badge = write("badge.json", """
                {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://issuer.example/badges/la",
                 "name": "Learning Ambassador", "description": "d", "image": "https://issuer.example/la.png",
                 "criteria": {"narrative": "n"}, "issuer": "https://issuer.example/profile"}
                """);
        Path issuer = write("issuer.json", profile("https://issuer.example/profile"));
        resolve = new String[] {"--resolve", ASSERTION_URL + "=" + assertion, "--resolve", "https://issuer.example/badges/la=" + badge,
            "--resolve", "https://issuer.example/profile=" + issuer};
    }

    private static String assertionJson(String issuerBadge, String expires) {
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://issuer.example/assertions/1",
                 "recipient": {"type": "email", "hashed": true, "salt": "deadsea",
                    "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"},
                 "badge": "%s", "verification": {"type": "HostedBadge"},
                 "issuedOn": "2026-01-01T00:00:00Z", "expires": "%s"}
                """.formatted(issuerBadge.equals("https://issuer.example/profile") ? "https://issuer.example/badges/la" : issuerBadge,
                expires);
    }

    private static String profile(String id) {
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "Profile", "id": "%s", "name": "Example College",
                 "url": "https://issuer.example", "email": "badges@issuer.example"}
                """.formatted(id);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Runs {@code badge verify} with the resolve mappings, as of 2026-11-28 unless the arguments give {@code --at}. */
    private CliRun run(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("verify"));
        if (!java.util.List.of(args).contains("--at")) {
            all.addAll(java.util.List.of("--at", "2026-11-28T10:00:00Z"));
        }
        all.addAll(java.util.List.of(resolve));
        all.addAll(java.util.List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void validBadgeExitsZeroWithAReadableReport() {
        CliRun run = run(assertion.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("VALID").contains("assertion.json").contains("Open Badges 2.0")
                .contains("issuer:    Example College <https://issuer.example/profile>")
                .contains("badge:     Learning Ambassador")
                .contains("expires:   2031-01-01T00:00:00Z")
                .containsPattern("(\u2713|ok  ) ob2.hosted")
                .doesNotContain("INVALID");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonOutputIsOneDocumentWithEveryCheck() throws Exception {
        CliRun run = run("--json", assertion.toString());

        JsonNode json = JsonCodec.parse("stdout", run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("valid").asBoolean()).isTrue();
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(assertion.toString());
        assertThat(file.get("valid").asBoolean()).isTrue();
        assertThat(file.get("format").asText()).isEqualTo("ob2.json");
        assertThat(file.get("issuer").asText()).isEqualTo("https://issuer.example/profile");
        assertThat(file.get("achievement").asText()).isEqualTo("Learning Ambassador");
        assertThat(file.get("checks")).isNotEmpty().allSatisfy(check -> {
            assertThat(check.has("id") && check.has("outcome") && check.has("message") && check.has("pointer")).isTrue();
            assertThat(check.get("outcome").asText()).isIn("PASSED", "WARNING", "FAILED", "SKIPPED");
        });
    }

    @Test
    void expiredBadgeExitsOneAndNamesTheFailedCheck() {
        CliRun run = run("--at", "2032-01-01T00:00:00Z", assertion.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).contains("INVALID").contains("dates.expired")
                .contains("expires 2031-01-01T00:00:00Z is before 2032-01-01T00:00:00Z");
    }

    @Test
    void recipientMismatchExitsOne() {
        assertThat(run("--recipient", "nobody@example.org", assertion.toString()).exitCode()).isEqualTo(ExitCode.OK);

        CliRun other = run("--recipient", "somebody@example.org", assertion.toString());

        assertThat(other.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(other.out()).contains("recipient: DOES NOT MATCH");
    }

    @Test
    void strictTurnsWarningsIntoFailures() throws IOException {
        Path urnIssuer = write("urn-issuer.json", profile("urn:uuid:7c1e5e4a-3d3b-4f0e-9a51-2b8f6e0c1d22"));
        Path badge = write("urn-badge.json", """
                {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://issuer.example/badges/urn",
                 "name": "Workplace Instructor", "description": "d", "image": "https://issuer.example/wi.png",
                 "criteria": {"narrative": "n"}, "issuer": "urn:uuid:7c1e5e4a-3d3b-4f0e-9a51-2b8f6e0c1d22"}
                """);
        Path hosted = write("urn-assertion.json", assertionJson("https://issuer.example/badges/urn", "2031-01-01T00:00:00Z"));
        resolve = new String[] {"--resolve", ASSERTION_URL + "=" + hosted, "--resolve", "https://issuer.example/badges/urn=" + badge,
            "--resolve", "urn:uuid:7c1e5e4a-3d3b-4f0e-9a51-2b8f6e0c1d22=" + urnIssuer};

        CliRun lenient = run(hosted.toString());
        CliRun strict = run("--strict", hosted.toString());

        assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(ExitCode.OK);
        assertThat(lenient.out()).contains("VALID with 1 warning");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(strict.out()).contains("strict: warnings count as failures").contains("failed under --strict");
    }

    @Test
    void fileThatIsNotABadgeExitsThree() throws IOException {
        Path text = write("notes.txt", "just some notes");
        Path json = write("other.json", "{\"hello\": \"world\"}");

        CliRun run = run(text.toString());
        CliRun jsonRun = run(json.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("NOT A BADGE").contains("notes.txt");
        assertThat(jsonRun.exitCode()).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void missingFileExitsThreeAndOtherFilesAreStillReported() {
        CliRun run = run("--json", dir.resolve("missing.png").toString(), assertion.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("no such file").contains("\"valid\" : true").contains("\"valid\" : false");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void malformedAtIsAUsageError() {
        CliRun run = run("--at", "yesterday", assertion.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'yesterday'").doesNotContain("\tat ");
    }

    @Test
    void verifyIsListedInHelp() {
        assertThat(CliRun.of("--help").out()).contains("verify");
    }
}
