package org.badgekit.issue.batch;

import java.nio.file.Path;
import org.badgekit.BadgeException;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;

/**
 * Runs one batch in a separate JVM so that tests can kill it with SIGKILL or bound its heap.
 *
 * <p>Arguments: input, output directory, ledger file, delay per row in milliseconds, jobs, files (none, sync, rename).
 * Prints {@link BatchResult#describe()} and the peak heap seen, exits 0 when complete, 1 when rows were rejected.
 */
public final class BatchChildMain {
    private BatchChildMain() {}

    public static void main(String[] args) throws BadgeException {
        Path input = Path.of(args[0]);
        // files: "none", "sync" (fsync file and directory) or "rename" (atomic rename only)
        FakeRowIssuer issuer = new FakeRowIssuer(Long.parseLong(args[3]), !args[5].equals("none"),
                args[5].equals("rename") ? AtomicFiles.Durability.PROCESS_CRASH : AtomicFiles.Durability.POWER_LOSS);
        long[] peak = {0};
        Runtime runtime = Runtime.getRuntime();
        try (Ledger ledger = Ledger.open(Path.of(args[2]))) {
            BatchResult result = BatchRunner.newBuilder().input(input).outputDir(Path.of(args[1])).ledger(ledger)
                    .rowIssuer(issuer).knownBadges(BatchFixture.BADGES).jobs(Integer.parseInt(args[4]))
                    .progress(progress -> peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory()))
                    .build().run();
            System.out.println(result.describe());
            System.out.println("peak heap MB: " + peak[0] / (1024 * 1024) + " of max " + runtime.maxMemory() / (1024 * 1024));
            System.exit(result.complete() ? 0 : 1);
        }
    }
}
