package org.badgekit.issue.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a batch run (or, for a dry run, the plan).
 *
 * @param batchId the batch id used for ids and the ledger
 * @param input the input file
 * @param outputDir the output directory
 * @param dryRun whether this was only the pre-flight
 * @param total non-blank data rows in the file
 * @param issued credentials issued by this run (for a dry run: 0)
 * @param alreadyIssued valid rows skipped because an earlier run of this batch issued them
 * @param rejected rows rejected by pre-flight or by the issuer
 * @param planned rows that pre-flight found valid and not yet issued (what this run set out to issue)
 * @param plannedByBadge {@code planned}, per badge id
 * @param problems the problems found, in row order for pre-flight, at most {@link BatchRunner#MAX_PROBLEMS_KEPT}
 * @param problemCount how many problems there were in all (may exceed {@code problems.size()})
 * @param elapsed how long the run took
 * @param manifest {@code manifest.jsonl}, or null for a dry run
 * @param rejectedCsv {@code rejected.csv}, or null for a dry run
 * @param summary {@code summary.json}, or null for a dry run
 */
public record BatchResult(String batchId, Path input, Path outputDir, boolean dryRun, long total, long issued,
        long alreadyIssued, long rejected, long planned, Map<String, Long> plannedByBadge, List<RowProblem> problems,
        long problemCount, Duration elapsed, Path manifest, Path rejectedCsv, Path summary) {

    public BatchResult {
        Objects.requireNonNull(batchId, "batchId");
        plannedByBadge = Map.copyOf(plannedByBadge);
        problems = List.copyOf(problems);
    }

    /** Whether every row of the file is issued (now or earlier) and none was rejected. */
    public boolean complete() {
        return rejected == 0 && issued + alreadyIssued == total;
    }

    /** One line for a person, e.g. {@code 120 rows: 118 issued, 0 already issued, 2 rejected}. */
    public String describe() {
        if (dryRun) {
            return total + " rows: " + planned + " to issue, " + alreadyIssued + " already issued, " + rejected
                    + " rejected (dry run: nothing issued)";
        }
        if (issued == 0 && rejected == 0 && alreadyIssued == total) {
            return total + " rows: all " + alreadyIssued + " already issued by an earlier run; nothing to do";
        }
        return total + " rows: " + issued + " issued, " + alreadyIssued + " already issued, " + rejected + " rejected";
    }
}
