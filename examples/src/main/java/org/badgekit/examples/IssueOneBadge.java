package org.badgekit.examples;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.status.StatusListAllocator;

/**
 * Embedding the issuer: create a workspace (or open one with {@code Workspace.load}), build an {@link Issuer} once, issue a
 * Finnish Workplace Instructor badge and bake it into its picture.
 *
 * <p>Run: {@code java ... org.badgekit.examples.IssueOneBadge DIR}; writes {@code DIR/workspace/} and {@code DIR/badge.png}.
 */
public final class IssueOneBadge {
    private IssueOneBadge() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "issue-one-badge");
        Path png = run(dir);
        System.out.println("wrote " + png);
    }

    /** Does the work of {@link #main}; returns the baked badge. */
    public static Path run(Path dir) throws BadgeException, java.io.IOException {
        Path wsDir = dir.resolve("workspace");
        Workspace workspace = Files.exists(wsDir.resolve("issuer.yaml")) ? Workspace.load(wsDir)
                : WorkspaceCreator.create(wsDir, new IssuerSettings("Example Vocational College",
                        URI.create("https://college.example.org/"), "badges@college.example.org", null, null,
                        List.of("fi", "en"), DidMethod.KEY, URI.create("https://college.example.org/badges/"), false),
                        null, null, new SecureRandom());
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        Issuer issuer = Issuer.forWorkspace(workspace, workspace.keys(null), criteria, allocator, Clock.systemUTC());

        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("workplace-instructor", Recipient.email("aino@example.fi"))
                .recipientName("Aino Äijälä")
                .language("fi")
                .build());

        byte[] picture = new BadgeImages().imageFor(criteria.get(badge.badgeId()), badge.language(), ImageFormat.PNG);
        Path png = dir.resolve("badge.png");
        Files.write(png, Baker.create().bake(picture, badge.bakedPayload()));
        return png;
    }
}
