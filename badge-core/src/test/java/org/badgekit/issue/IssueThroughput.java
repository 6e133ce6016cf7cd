package org.badgekit.issue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.status.StatusListAllocator;

/**
 * Not a test: issues N OB 3.0 Data Integrity credentials with the real {@link Issuer} from a temporary workspace and prints the
 * median microseconds per credential (build + sign + serialize); writes the last one to the file given as second argument. Run
 * with {@code java -cp badge-core/target/classes:badge-core/target/test-classes:DEPS org.badgekit.issue.IssueThroughput [N [OUT]]}.
 */
public final class IssueThroughput {
    private IssueThroughput() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path temp = Files.createTempDirectory("issue-throughput");
        Workspace workspace = WorkspaceCreator.create(temp.resolve("ws"), Workspaces.settings(DidMethod.KEY), null, null,
                new SecureRandom());
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        Issuer issuer = Issuer.forWorkspace(workspace, workspace.keys(null), CriteriaLibrary.bundled(), allocator,
                Clock.systemUTC());
        String area = issuer.criteria().get("workplace-instructor").areas().get(0).id();
        IssuedBadge last = null;
        long[] samples = new long[rounds];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                last = issuer.issue(IssueRequest.newBuilder("workplace-instructor", Recipient.email("person" + i + "@example.org"))
                        .language(i % 2 == 0 ? "en" : "fi").recipientName("Person " + i)
                        .addEvidence(EvidenceItem.of("https://portfolio.example.org/p" + i, "Guided three students."))
                        .addCompletedArea(area).build());
                samples[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        System.out.printf("issue OB3 DI (build+sign+serialize) median %7.1f us  p10 %7.1f us  p90 %7.1f us  (%d rounds)%n",
                samples[rounds / 2] / 1000.0, samples[rounds / 10] / 1000.0, samples[rounds * 9 / 10] / 1000.0, rounds);
        if (args.length > 1 && last != null) {
            Files.write(Path.of(args[1]), last.payload().getBytes(StandardCharsets.UTF_8));
        }
    }
}
