package org.badgekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.PayloadKind;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.batch.BatchResult;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Achievement;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;
import org.badgekit.verify.Outcome;
import org.badgekit.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example the way a newcomer would and checks what it printed and wrote. */
class ExamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-29T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compileCriteriaWritesTheFinnishAchievement() throws Exception {
        Achievement achievement = CompileCriteria.run(out, CriteriaLibrary.bundled(), dir);

        assertThat(achievement.name()).isEqualTo("Oppimisen lähettiläs");
        assertThat(output()).contains("badge learning-ambassador version ").contains("name: Oppimisen lähettiläs");
        JsonNode json = JsonCodec.parse("achievement-fi.json", Files.readAllBytes(dir.resolve("achievement-fi.json")));
        assertThat(json.path("name").asText()).isEqualTo("Oppimisen lähettiläs");
        assertThat(json.path("id").asText()).startsWith("https://badges.example.fi/achievements/learning-ambassador/v");
        assertThat(json.path("criteria").path("narrative").asText()).isNotBlank();
    }

    @Test
    void compileCriteriaReadsTheProjectCriteriaFolderToo() throws Exception {
        Path criteria = Path.of(System.getProperty("badgekit.projectRoot", "..")).resolve("criteria");
        Achievement achievement = CompileCriteria.run(out, CriteriaLibrary.load(criteria), dir);
        assertThat(achievement.name()).isEqualTo("Oppimisen lähettiläs");
    }

    @Test
    void signAndBakeWritesAPngWhoseCredentialVerifiesWithItsDidKey() throws Exception {
        Path png = SignAndBake.run(out, dir, CLOCK);

        BakedPayload payload = Baker.create().extract(png);
        assertThat(payload.kind()).isEqualTo(PayloadKind.OB3_JSON);
        ObjectNode credential = (ObjectNode) JsonCodec.parse("badge.png", payload.payload().getBytes(StandardCharsets.UTF_8));
        assertThat(credential.path("validFrom").asText()).isEqualTo("2026-05-29T10:00:00Z");
        List<ProofResult> results = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(credential);
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.signatureValid()).as(result.message()).isTrue();
            assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        });
        assertThat(Files.readString(dir.resolve("credential.json"))).isEqualTo(JsonCodec.writePretty(credential));
        assertThat(output()).contains("issuer did:key:z6Mk").contains("proof eddsa-rdfc-2022").contains("into badge.png");
    }

    @Test
    void issueVcJwtSignsWithRs256AndVerifiesOfflineWithAnUnconfirmedKey() throws Exception {
        ProofResult result = IssueVcJwt.run(out, dir, CLOCK);

        assertThat(result.suite()).isEqualTo("RS256");
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(Files.readString(dir.resolve("credential.jwt"))).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(output()).contains("RS256 signature valid: true, key UNCONFIRMED");
    }

    @Test
    void customResolverBindsTheDidWebKeyFromTheRegistry() throws Exception {
        ProofResult result = CustomResolver.run(out, CLOCK);

        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).as(result.message()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo("did:web:badges.example.org#key-1");
        assertThat(output()).contains("eddsa-rdfc-2022 signature valid: true, key BOUND");
    }

    @Test
    void runBatchIssuesEveryPilotRowOnceAndSkipsThemOnARerun() throws Exception {
        Path csv = Path.of(System.getProperty("badgekit.projectRoot", "..")).resolve("examples/pilot/recipients.csv");
        BatchResult first = RunBatch.run(out, csv, dir, CLOCK);

        assertThat(first.total()).isEqualTo(20);
        assertThat(first.issued()).isEqualTo(20 - first.rejected());
        assertThat(first.rejected()).as(first.problems().toString()).isZero();
        assertThat(output()).contains("issued 20/20").contains("20 rows: 20 issued");
        try (var files = Files.list(dir.resolve("out/baked"))) {
            List<Path> baked = files.toList();
            assertThat(baked).hasSize(20);
            ObjectNode one = (ObjectNode) JsonCodec.parse("badge", Baker.create().extract(baked.get(0)).payload());
            assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(one))
                    .singleElement().satisfies(result -> assertThat(result.signatureValid()).isTrue());
        }

        BatchResult rerun = RunBatch.run(out, csv, dir, CLOCK);
        assertThat(rerun.issued()).isZero();
        assertThat(rerun.alreadyIssued()).isEqualTo(20);
    }

    @Test
    void runBatchReadsTheXlsxCopyOfThePilotFileToo() throws Exception {
        Path xlsx = Path.of(System.getProperty("badgekit.projectRoot", "..")).resolve("examples/pilot/recipients.xlsx");
        BatchResult result = RunBatch.run(out, xlsx, dir, CLOCK);
        assertThat(result.issued()).as(result.problems().toString()).isEqualTo(20);
    }

    @Test
    void verifyBadgePrintsAValidReportForTheBakedExampleBadge() throws Exception {
        Path png = SignAndBake.run(out, dir, CLOCK);
        VerificationReport report = VerifyBadge.run(out, png, CLOCK);

        assertThat(report.valid()).as(report.checks().toString()).isTrue();
        assertThat(report.check("proof.signature")).hasValueSatisfying(check ->
                assertThat(check.outcome()).isEqualTo(Outcome.PASSED));
        assertThat(output()).contains("badge.png: VALID").contains("badge:  Learning Ambassador")
                .containsPattern("PASSED +proof\\.signature");
    }

    @Test
    void verifyBadgeReportsATamperedBadgeAsInvalid() throws Exception {
        SignAndBake.run(out, dir, CLOCK);
        ObjectNode credential = (ObjectNode) JsonCodec.parse("credential.json", Files.readAllBytes(dir.resolve("credential.json")));
        credential.put("name", "Master of Everything");
        Path forged = Files.write(dir.resolve("forged.png"),
                Baker.create().bake(BadgeArt.png(), BakedPayload.detect(JsonCodec.write(credential))));

        VerificationReport report = VerifyBadge.run(out, forged, CLOCK);
        assertThat(report.valid()).isFalse();
        assertThat(report.check("proof.signature")).hasValueSatisfying(check ->
                assertThat(check.outcome()).isEqualTo(Outcome.FAILED));
        assertThat(output()).contains("forged.png: INVALID").containsPattern("FAILED +proof\\.signature");
    }

    @Test
    void anEmptyRegistryLeavesTheDidWebKeyUnresolved() throws Exception {
        CustomResolver.KeyRegistry empty = new CustomResolver.KeyRegistry();
        assertThat(empty.resolve(java.net.URI.create("https://badges.example.org/.well-known/did.json"))).isEmpty();
    }

    @Test
    void theQuickStartBakesABadgeThatVerifies() throws Exception {
        Path image = Files.write(dir.resolve("plain.png"), BadgeArt.png());
        PrintStream original = System.out;
        System.setOut(out);
        try {
            QuickStart.main(new String[] {image.toString(), dir.resolve("aino.png").toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(output()).isEqualTo("valid" + System.lineSeparator());
        assertThat(Baker.create().extract(dir.resolve("aino.png")).kind()).isEqualTo(PayloadKind.OB3_JSON);
    }

    @Test
    void everyMainRunsWithAnOutputFolder() throws Exception {
        PrintStream original = System.out;
        System.setOut(out);
        try {
            CompileCriteria.main(new String[] {dir.toString()});
            SignAndBake.main(new String[] {dir.toString()});
            IssueVcJwt.main(new String[] {dir.toString()});
            CustomResolver.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(dir.resolve("achievement-fi.json")).exists();
        assertThat(dir.resolve("badge.png")).exists();
        assertThat(dir.resolve("credential.jwt")).exists();
        assertThat(output()).contains("key BOUND");
    }
}
