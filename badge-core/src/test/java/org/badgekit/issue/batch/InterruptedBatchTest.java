package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a batch with SIGKILL in a child JVM and checks that a rerun finishes it with exactly one credential per row. */
class InterruptedBatchTest {
    private static final int ROWS = 300;

    @TempDir
    Path dir;

    static Process startChild(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BatchChildMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static long newlines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

    @Test
    void aBatchKilledMidwayResumesWithExactlyOneCredentialPerValidRow() throws Exception {
        BatchFixture fixture = new BatchFixture(dir);
        Path input = fixture.write("pilot.csv", BatchFixture.generated(ROWS) + "broken@@example.org,X,learning-ambassador,en,T-X\n");
        long killedAt = 0;
        for (int round = 1; round <= 2; round++) {
            // kill twice: the second child resumes a batch that was itself killed, torn ledger line and temp files included
            killWhenLedgerHas(killedAt + 30, dir.resolve("child" + round + ".log"), input, fixture);
            killedAt = newlines(fixture.ledgerFile);
        }
        long ledgerLinesAtKill = newlines(fixture.ledgerFile);

        BatchResult resumed = fixture.run(input, new FakeRowIssuer());

        assertThat(ledgerLinesAtKill).isBetween(60L, (long) ROWS - 1);
        assertThat(resumed.total()).isEqualTo(ROWS + 1);
        assertThat(resumed.rejected()).isEqualTo(1);
        assertThat(resumed.issued() + resumed.alreadyIssued()).isEqualTo(ROWS);
        List<JsonNode> ledger = new ArrayList<>();
        for (String line : fixture.lines(fixture.ledgerFile)) {
            ledger.add(JsonCodec.parse("ledger", line));
        }
        Set<String> ledgerIds = ledger.stream().map(entry -> entry.path("id").asText()).collect(Collectors.toSet());
        assertThat(ledger).hasSize(ROWS);
        assertThat(ledgerIds).hasSize(ROWS);
        assertThat(ledger.stream().map(entry -> entry.path("rowKey").asText()).distinct()).hasSize(ROWS);
        assertThat(credentialIds(fixture.out.resolve("credentials"))).hasSize(ROWS).containsExactlyInAnyOrderElementsOf(ledgerIds);
        assertThat(fixture.count("baked", ".png")).isEqualTo(ROWS);
        assertThat(fixture.tempFiles()).isZero();
        List<String> manifest = fixture.lines(resumed.manifest());
        assertThat(manifest).hasSize(ROWS);
        assertThat(manifest.stream().map(InterruptedBatchTest::idOf).collect(Collectors.toSet())).isEqualTo(ledgerIds);
    }

    private static void killWhenLedgerHas(long lines, Path log, Path input, BatchFixture fixture) throws Exception {
        Process child = startChild(log, List.of("-Xmx128m"), input.toString(), fixture.out.toString(),
                fixture.ledgerFile.toString(), "20", "4", "sync");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.isAlive() && newlines(fixture.ledgerFile) < lines && System.nanoTime() < deadline) {
                child.waitFor(10, TimeUnit.MILLISECONDS);
            }
            assertThat(child.isAlive()).as("the child is still issuing when it is killed; log: %s",
                    Files.exists(log) ? Files.readString(log) : "").isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    private static List<String> credentialIds(Path credentials) throws IOException, BadgeException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(credentials)) {
            for (Path file : files.toList()) {
                ids.add(JsonCodec.parse(file.toString(), Files.readAllBytes(file)).path("id").asText());
            }
        }
        return ids;
    }

    private static String idOf(String line) {
        try {
            return JsonCodec.parse("manifest", line).path("id").asText();
        } catch (BadgeException e) {
            throw new AssertionError(e);
        }
    }
}
