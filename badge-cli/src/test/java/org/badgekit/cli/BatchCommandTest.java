package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.ProofResult;
import org.badgekit.sign.VcJwt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path temp;
    Path ws;

    @BeforeEach
    void init() {
        ws = temp.resolve("ws");
        assertThat(CliRun.of("init", ws.toString()).exitCode()).isZero();
    }

    static Path pilotFile() {
        String root = System.getProperty("badgekit.projectRoot");
        Assumptions.assumeTrue(root != null, "badgekit.projectRoot not set");
        Path file = Path.of(root, "examples", "pilot", "recipients.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not present");
        return file;
    }

    @Test
    void issuesThePilotFileAsBakedPngsThatVerifyAndNeverIssuesTwice() throws Exception {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("--workspace", ws.toString(), "batch", pilotFile().toString(), "--out", out.toString(), "--jobs", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("20 rows: 20 issued, 0 already issued, 0 rejected");
        assertThat(run.err()).contains("issued 20/20");
        List<Path> baked;
        try (Stream<Path> files = Files.list(out.resolve("baked"))) {
            baked = files.sorted().toList();
        }
        assertThat(baked).hasSize(20).allMatch(path -> path.toString().endsWith(".png"));
        ObjectNode credential = (ObjectNode) JsonCodec.parse("baked", Baker.create().extract(baked.get(0)).payload());
        assertThat(Ob3SchemaValidator.create().validate(credential)).isEmpty();
        List<ProofResult> proofs = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(credential);
        assertThat(proofs).singleElement().satisfies(proof -> assertThat(proof.signatureValid()).as(proof.message()).isTrue());
        assertThat(Files.readAllLines(ws.resolve("state/ledger.jsonl"))).hasSize(20);

        CliRun again = CliRun.of("--workspace", ws.toString(), "batch", pilotFile().toString(), "--out", out.toString(), "-q");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).contains("all 20 already issued");
        assertThat(Files.readAllLines(ws.resolve("state/ledger.jsonl"))).hasSize(20);
    }

    @Test
    void rejectsBadRowsWithExitOneAndIssuesTheRest() throws Exception {
        Path csv = temp.resolve("mixed.csv");
        Files.writeString(csv, "email,name,badge,lang\n"
                + "ok@example.org,Ok Person,workplace-instructor,fi\n"
                + "not-an-address,Bad Person,workplace-instructor,fi\n"
                + "other@example.org,Other Person,no-such-badge,en\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("--workspace", ws.toString(), "batch", csv.toString(), "--out", out.toString(), "--proof", "jwt",
                "--bake", "none");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).startsWith("3 rows: 1 issued, 0 already issued, 2 rejected");
        assertThat(run.err()).contains("mixed.csv:3").contains("mixed.csv:4");
        Path jwt = out.resolve("credentials").resolve(Files.list(out.resolve("credentials")).findFirst().orElseThrow().getFileName());
        assertThat(jwt.toString()).endsWith(".jwt");
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).verify(Files.readString(jwt).strip());
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(out.resolve("rejected.csv")).content().contains("not-an-address").contains("no-such-badge");
        assertThat(out.resolve("baked")).isEmptyDirectory();
    }

    @Test
    void aDryRunWritesNothingAndPrintsThePlanAsJson() throws Exception {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("--workspace", ws.toString(), "batch", pilotFile().toString(), "--out", out.toString(), "--dry-run",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JsonCodec.parse("out", run.out());
        assertThat(summary.path("planned").asLong()).isEqualTo(20);
        assertThat(summary.path("issued").asLong()).isZero();
        assertThat(summary.path("dryRun").asBoolean()).isTrue();
        assertThat(out).doesNotExist();
        assertThat(Files.readAllLines(ws.resolve("state/ledger.jsonl"))).isEmpty();
    }

    @Test
    void issuesOb2SignedAssertionsBakedIntoSvg() throws Exception {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("--workspace", ws.toString(), "batch", pilotFile().toString(), "--out", out.toString(), "--format",
                "ob2", "--bake", "svg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("baked"))) {
            assertThat(files).hasSize(20).allMatch(path -> path.toString().endsWith(".svg"));
        }
        try (Stream<Path> files = Files.list(out.resolve("credentials"))) {
            assertThat(files).allMatch(path -> path.toString().endsWith(".jwt"));
        }
    }
}
