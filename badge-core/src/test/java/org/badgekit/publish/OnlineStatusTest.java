package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.HttpResolver;
import org.badgekit.revoke.BadgeTarget;
import org.badgekit.revoke.Revocations;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusChecker;
import org.badgekit.status.StatusResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hosting story over a real local HTTP server: a did:web workspace issues three OB 3.0 badges, publishes, serves;
 * the badges' proofs resolve the did:web document and their status lists online; one is revoked and the site republished;
 * then the revoked one reads revoked and the others not; with the server stopped the status is unknown, never "not revoked".
 * At the level of StatusChecker and DataIntegrityVerifier (the list proof checked too); {@link VerifyOnlineTest} runs the same
 * story through the Verifier.
 */
class OnlineStatusTest {

    @Test
    void revokedBadgeReadsRevokedOnlineOthersStayValidAndAStoppedServerGivesUnknown(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        SiteServer server = SiteServer.start(site, new InetSocketAddress("127.0.0.1", 0));
        List<ObjectNode> badges = new ArrayList<>();
        Workspace workspace;
        DocumentResolver online = new PlainHttpForLoopback(server.uri(),
                HttpResolver.newBuilder().allowPrivateAddresses(true).build());
        try {
            workspace = TestWorkspaces.create(temp.resolve("ws"), server.uri(), DidMethod.WEB);
            assertThat(workspace.issuerId()).isEqualTo("did:web:127.0.0.1%3A" + server.port());
            Issuer issuer = TestWorkspaces.issuer(workspace, criteria);
            String badgeId = criteria.all().get(0).id();
            for (String email : List.of("aino@example.org", "kalle@example.org", "liis@example.org")) {
                IssuedBadge issued = issuer.issue(IssueRequest.newBuilder(badgeId, Recipient.email(email)).build());
                badges.add(issued.document());
            }
            PublishReport first = TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);
            assertThat(first.files()).contains(".well-known/did.json", "status/revocation-1.json");

            for (ObjectNode badge : badges) {
                assertProofBound(badge, online);
                assertThat(status(badge, online)).isEqualTo(StatusResult.State.NOT_REVOKED);
            }

            Revocations revocations = Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED));
            revocations.revoke(BadgeTarget.fromDocument(badges.get(1), "kalle.json"), "assessment withdrawn");
            PublishReport second = TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);
            assertThat(second.written()).contains("status/revocation-1.json");

            StatusResult revoked = check(badges.get(1), online).get(0);
            assertThat(revoked.state()).isEqualTo(StatusResult.State.REVOKED);
            assertListProofVerifies(revoked, online, workspace);
            assertThat(status(badges.get(0), online)).isEqualTo(StatusResult.State.NOT_REVOKED);
            assertThat(status(badges.get(2), online)).isEqualTo(StatusResult.State.NOT_REVOKED);
        } finally {
            server.close();
        }
        for (ObjectNode badge : badges) {
            StatusResult result = check(badge, online).get(0);
            assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
            assertThat(result.message()).contains("could not be retrieved");
        }
    }

    private static void assertProofBound(ObjectNode badge, DocumentResolver resolver) {
        List<ProofResult> proofs = DataIntegrityVerifier.create(resolver).verify(badge);
        assertThat(proofs).singleElement().satisfies(proof -> {
            assertThat(proof.signatureValid()).as(proof.message()).isTrue();
            assertThat(proof.binding()).isEqualTo(KeyBinding.BOUND);
        });
    }

    private static void assertListProofVerifies(StatusResult result, DocumentResolver resolver, Workspace workspace) {
        JsonNode list = result.listCredential();
        assertThat(list.path("issuer").asText()).isEqualTo(workspace.issuerId());
        List<ProofResult> proofs = DataIntegrityVerifier.create(resolver).verify((ObjectNode) list);
        assertThat(proofs).singleElement().satisfies(proof -> assertThat(proof.signatureValid()).as(proof.message()).isTrue());
    }

    private static StatusResult.State status(ObjectNode badge, DocumentResolver resolver) throws BadgeException {
        List<StatusResult> results = check(badge, resolver);
        assertThat(results).hasSize(1);
        return results.get(0).state();
    }

    private static List<StatusResult> check(ObjectNode badge, DocumentResolver resolver) {
        return StatusChecker.of(resolver, TestWorkspaces.at(TestWorkspaces.CHECKED)).check(badge);
    }
}
