package org.badgekit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.badgekit.BadgeException;
import org.badgekit.verify.CheckResult;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;

/**
 * Example 4: verify any badge file a person hands you (OB 2.0 or 3.0; JSON, JWT, or baked in PNG/SVG) and print the report.
 *
 * <p>Run: {@code java org.badgekit.examples.VerifyBadge FILE}.
 */
public final class VerifyBadge {
    private VerifyBadge() {}

    /**
     * Runs the example and exits with 0 for a valid badge, 1 otherwise.
     *
     * @param args the badge file
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        System.exit(run(System.out, Path.of(args[0]), Clock.systemUTC()).valid() ? 0 : 1);
    }

    /**
     * Verifies {@code badge} offline and prints one line per check.
     *
     * @return the report: {@code valid()} is the verdict, {@code checks()} the details
     * @throws BadgeException when the file cannot be read at all (a bad badge is a report, not an exception)
     */
    public static VerificationReport run(PrintStream out, Path badge, Clock clock) throws BadgeException {
        // Build once, verify many (thread-safe). Offline by default: nothing is fetched; did:key needs nothing. Add
        // .resolver(...) to serve issuer profiles, DID documents and status lists, .strict(true) to fail on warnings,
        // .trustIssuer(id) to accept only some issuers.
        Verifier verifier = Verifier.newBuilder().clock(clock).build();
        VerificationReport report = verifier.verify(badge);

        out.println(badge.getFileName() + ": " + (report.valid() ? "VALID" : "INVALID") + " (" + report.format() + ")");
        out.println("  badge:  " + report.achievement());
        out.println("  issuer: " + report.issuer() + (report.issuerName() == null ? "" : " (" + report.issuerName() + ")"));
        for (CheckResult check : report.checks()) {
            // Stable ids such as proof.signature or status.revoked; outcomes PASSED, WARNING, FAILED, SKIPPED.
            out.printf("  %-8s %-24s %s%n", check.outcome(), check.id(), check.message());
        }
        return report;
    }
}
