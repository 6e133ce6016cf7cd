package org.badgekit.publish;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.issue.WorkspaceKeys;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.status.StatusListAllocator;

/** Workspaces, issuers and publishers for the publishing tests. */
final class TestWorkspaces {
    static final Instant ISSUED = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant REVOKED = Instant.parse("2026-11-03T09:00:00Z");
    static final Instant CHECKED = Instant.parse("2026-11-04T09:00:00Z");

    private TestWorkspaces() {}

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static Workspace create(Path dir, URI base, DidMethod method) throws BadgeException {
        IssuerSettings settings = new IssuerSettings("Koulutus <Test> & Co", URI.create("https://koulutus.example/"),
                "badges@koulutus.example", "Issues \"pilot\" badges <script>alert(1)</script>", null, List.of("en", "fi"),
                method, base, false);
        return WorkspaceCreator.create(dir, settings, null, null, new SecureRandom());
    }

    static Issuer issuer(Workspace workspace, CriteriaLibrary criteria) throws BadgeException {
        WorkspaceKeys keys = workspace.keys(null);
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        return Issuer.forWorkspace(workspace, keys, criteria, allocator, at(ISSUED));
    }

    static Publisher publisher(Workspace workspace, CriteriaLibrary criteria, List<Path> sources) throws BadgeException {
        return Publisher.of(workspace, signer(workspace), criteria, sources);
    }

    static DataIntegritySigner signer(Workspace workspace) throws BadgeException {
        return DataIntegritySigner.create(workspace.keys(null).ed25519().privateKey().orElseThrow(),
                workspace.dataIntegrityMethod());
    }
}
