package org.badgekit.examples;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.badgekit.BadgeException;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.issue.batch.BatchResult;
import org.badgekit.issue.batch.BatchRunner;
import org.badgekit.issue.batch.IssuerRowIssuer;
import org.badgekit.status.StatusListAllocator;

/**
 * Example 5: issue a badge to every row of a coordinator's spreadsheet (CSV or XLSX) from code, with a progress callback.
 * {@link BatchRunner} checks every row first, then hands the valid ones to the workspace's {@link Issuer} on several threads
 * and records each credential in the workspace's crash-safe ledger, so a rerun never issues a row twice.
 *
 * <p>Run: {@code java org.badgekit.examples.RunBatch examples/pilot/recipients.csv OUT_DIR}.
 */
public final class RunBatch {
    private RunBatch() {}

    /**
     * Runs the example.
     *
     * @param args the CSV or XLSX file, then the output folder
     * @throws Exception when the file cannot be read or issuance fails
     */
    public static void main(String[] args) throws Exception {
        run(System.out, Path.of(args[0]), Path.of(args[1]), Clock.systemUTC());
    }

    /**
     * Issues one signed OB 3.0 credential and one baked PNG per valid row into {@code workDir/out/}.
     *
     * @return the counts, the rejected rows and the output files
     * @throws BadgeException when the file cannot be read or issuance fails for a reason other than one row's data
     */
    public static BatchResult run(PrintStream out, Path recipients, Path workDir, Clock clock) throws BadgeException {
        // The workspace holds the issuer's settings, keys and ledger: `badge init` makes the same one.
        Path dir = workDir.resolve("workspace");
        Workspace workspace = Files.exists(dir.resolve("issuer.yaml")) ? Workspace.load(dir)
                : WorkspaceCreator.create(dir, new IssuerSettings("Example Vocational College",
                        URI.create("https://college.example.org/"), "badges@college.example.org", null, null,
                        List.of("fi", "en"), DidMethod.KEY, URI.create("https://college.example.org/badges/"), false),
                        null, null, new SecureRandom());
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        StatusListAllocator statusLists = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        Issuer issuer = Issuer.forWorkspace(workspace, workspace.keys(null), criteria, statusLists, clock);
        Set<String> badges = criteria.all().stream().map(BadgeCriteria::id).collect(Collectors.toSet());

        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret())) {
            BatchResult result = BatchRunner.newBuilder()
                    .input(recipients).outputDir(workDir.resolve("out")).ledger(ledger).knownBadges(badges)
                    // OB 3.0 with a Data Integrity proof, baked into the badge's PNG picture
                    .rowIssuer(new IssuerRowIssuer(issuer, BadgeFormat.OB3, ProofFormat.DI, ImageFormat.PNG, new BadgeImages()))
                    .idNamespace(workspace.issuerId()).clock(clock).jobs(2)
                    // Called after every row, one call at a time; a real UI redraws at most a few times a second.
                    .progress(p -> out.print(p.finished() ? "issued " + p.done() + "/" + p.total() + "\n" : ""))
                    .build()
                    .run();
            out.println(result.describe());
            return result;
        }
    }
}
