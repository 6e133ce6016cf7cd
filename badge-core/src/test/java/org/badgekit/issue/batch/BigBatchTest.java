package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 rows in a child JVM with a 128 MB heap (half the 256 MB target): the batch streams the file twice and keeps only
 * compact keys, so it completes. The fake issuer writes no files here (200,000 fsynced files would measure the disk, not the
 * engine); the ledger, manifest and rejected.csv are real.
 */
class BigBatchTest {
    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void issuesOneHundredThousandRowsInASmallHeap() throws Exception {
        BatchFixture fixture = new BatchFixture(dir);
        Path input = fixture.write("big.csv", BatchFixture.generated(ROWS));
        Path log = dir.resolve("child.log");

        Process child = InterruptedBatchTest.startChild(log, List.of("-Xmx128m"), input.toString(),
                fixture.out.toString(), fixture.ledgerFile.toString(), "0", "16", "none");
        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }

        String output = Files.readString(log);
        assertThat(finished).as("child finished; output: %s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("100000 rows: 100000 issued, 0 already issued, 0 rejected");
        assertThat(InterruptedBatchTest.newlines(fixture.ledgerFile)).isEqualTo(ROWS);
        assertThat(InterruptedBatchTest.newlines(fixture.out.resolve("manifest.jsonl"))).isEqualTo(ROWS);
    }
}
