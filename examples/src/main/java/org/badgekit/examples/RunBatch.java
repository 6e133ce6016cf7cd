package org.badgekit.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.batch.BatchResult;
import org.badgekit.issue.batch.BatchRunner;
import org.badgekit.issue.batch.IssuedCredential;
import org.badgekit.issue.batch.RowIssuer;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.model.Timestamp;
import org.badgekit.model.ob3.AchievementCredential;
import org.badgekit.model.ob3.AchievementSubject;
import org.badgekit.model.ob3.IdentityObject;
import org.badgekit.model.ob3.Ob3Json;
import org.badgekit.model.ob3.Profile;
import org.badgekit.model.ob3.ProfileRef;
import org.badgekit.sign.DataIntegritySigner;

/**
 * Example 5: issue a badge to every row of a coordinator's spreadsheet (CSV or XLSX) from code, with a progress callback.
 * {@link BatchRunner} validates every row first, then hands the valid ones to a {@link RowIssuer} on several threads and
 * records each credential in a crash-safe ledger, so a rerun never issues twice.
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
     * Issues one signed OB 3.0 credential per valid row into {@code workDir/out/credentials}.
     *
     * @return the counts, the rejected rows and the output files
     * @throws BadgeException when the file cannot be read or issuance fails for a reason other than one row's data
     */
    public static BatchResult run(PrintStream out, Path recipients, Path workDir, Clock clock) throws BadgeException {
        IssuerKey key = IssuerKey.generate(KeyType.ED25519, 0);
        DidKey did = DidKey.parse(key.didKey().orElseThrow());
        DataIntegritySigner signer = DataIntegritySigner.create(key.privateKey().orElseThrow(), did.verificationMethodId());
        CriteriaLibrary criteria = CriteriaLibrary.bundled();

        // Called from several threads at once: it keeps no state, and writes each file atomically under the id it is given.
        RowIssuer rowIssuer = (row, credentialId, credentialsDir, bakedDir) -> {
            BadgeCriteria badge = criteria.get(row.badge());
            IdentityObject recipient = IdentityObject.hashedEmail(row.email(), new SecureRandom());
            AchievementCredential credential = AchievementCredential.newBuilder()
                    .id(credentialId)
                    .issuer(ProfileRef.of(Profile.of(did.did(), "Example Vocational College")))
                    .validFrom(Timestamp.of(row.issuedOn() != null ? row.issuedOn() : clock.instant()))
                    .validUntil(row.validUntil() != null ? Timestamp.of(row.validUntil()) : null)
                    .credentialSubject(AchievementSubject.of(recipient, CriteriaCompiler.toAchievement(badge, row.lang(),
                            CriteriaCompiler.achievementId(java.net.URI.create("https://badges.example.org/a/"), badge))))
                    .build();
            ObjectNode signed = signer.sign((ObjectNode) Ob3Json.toTree(credential), clock.instant());
            String name = row.fileStem() + ".json";
            AtomicFiles.write(credentialsDir.resolve(name), JsonCodec.writePretty(signed).getBytes(StandardCharsets.UTF_8));
            return new IssuedCredential(credentialId, recipient.identityHash(), badge.id(), badge.version().toString(), null,
                    List.of("credentials/" + name));
        };

        try (Ledger ledger = Ledger.open(workDir.resolve("ledger.jsonl"))) {
            BatchResult result = BatchRunner.newBuilder()
                    .input(recipients).outputDir(workDir.resolve("out")).ledger(ledger).rowIssuer(rowIssuer)
                    .knownBadges(Set.copyOf(criteria.versions().keySet())).clock(clock).jobs(2)
                    // Progress arrives after every row, one call at a time; a real UI would redraw a few times a second.
                    .progress(p -> out.print(p.finished() ? "\rissued " + p.done() + "/" + p.total() + "\n" : ""))
                    .build()
                    .run();
            out.println(result.describe());
            return result;
        }
    }
}
