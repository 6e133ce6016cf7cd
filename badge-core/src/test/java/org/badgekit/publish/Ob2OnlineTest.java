package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.HttpResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.badgekit.revoke.Revocations;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.Ob2Jws;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusChecker;
import org.badgekit.status.StatusResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OB 2.0 over a real local server: a hosted and a signed assertion are published and checked the way an OB 2.0 verifier
 * does (fetch the hosted assertion; verify the JWS against the published CryptographicKey; look the id up in the issuer
 * profile's revocationList); after revocation and a republish the hosted one answers 410 with its reason and both are on
 * the revocation list; with the server stopped the revocation status is unknown.
 */
class Ob2OnlineTest {

    @Test
    void hostedAndSignedAssertionsAreRevokedThroughThePublishedSite(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        Path outputs = Files.createDirectories(temp.resolve("out"));
        SiteServer server = SiteServer.start(site, new InetSocketAddress("127.0.0.1", 0));
        DocumentResolver online = new PlainHttpForLoopback(server.uri(),
                HttpResolver.newBuilder().allowPrivateAddresses(true).build());
        IssuedBadge hosted;
        IssuedBadge signed;
        Workspace workspace;
        try {
            workspace = TestWorkspaces.create(temp.resolve("ws"), server.uri(), DidMethod.KEY);
            Issuer issuer = TestWorkspaces.issuer(workspace, criteria);
            hosted = issuer.issue(ob2("hosted@example.org", ProofFormat.HOSTED));
            signed = issuer.issue(ob2("signed@example.org", ProofFormat.DI));
            Files.writeString(outputs.resolve("hosted.json"), hosted.payload());
            Files.writeString(outputs.resolve("signed.jwt"), signed.payload());
            TestWorkspaces.publisher(workspace, criteria, List.of(outputs)).publish(site);

            ResolvedDocument fetched = fetch(online, hosted.id());
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(JsonCodec.parse("hosted", fetched.content())).isEqualTo(hosted.document());
            ProofResult jws = Ob2Jws.verify(signed.payload(), online);
            assertThat(jws.signatureValid()).as(jws.message()).isTrue();
            assertThat(jws.binding()).isEqualTo(KeyBinding.BOUND);
            assertThat(revocation(online, workspace, hosted.id()).state()).isEqualTo(StatusResult.State.NOT_REVOKED);
            assertThat(revocation(online, workspace, signed.id()).state()).isEqualTo(StatusResult.State.NOT_REVOKED);

            Revocations revocations = Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED));
            revocations.revoke(revocations.find(outputs.resolve("hosted.json").toString()), "issued in error");
            revocations.revoke(revocations.find(outputs.resolve("signed.jwt").toString()), "withdrawn");
            PublishReport republished = TestWorkspaces.publisher(workspace, criteria, List.of(outputs)).publish(site);

            String hostedPath = SitePaths.relative(server.uri(), hosted.id());
            assertThat(republished.gone()).containsExactly(hostedPath);
            ResolvedDocument gone = fetch(online, hosted.id());
            assertThat(gone.gone()).isTrue();
            JsonNode stub = JsonCodec.parse("gone", gone.content());
            assertThat(stub.path("revoked").asBoolean()).isTrue();
            assertThat(stub.path("revocationReason").asText()).isEqualTo("issued in error");
            StatusResult hostedRevoked = revocation(online, workspace, hosted.id());
            assertThat(hostedRevoked.state()).isEqualTo(StatusResult.State.REVOKED);
            assertThat(hostedRevoked.reason()).isEqualTo("issued in error");
            assertThat(revocation(online, workspace, signed.id()).reason()).isEqualTo("withdrawn");

            Files.delete(outputs.resolve("hosted.json"));
            assertThat(TestWorkspaces.publisher(workspace, criteria, List.of(outputs)).publish(site).written()).isEmpty();
            assertThat(fetch(online, hosted.id()).gone()).isTrue();
        } finally {
            server.close();
        }
        assertThat(revocation(online, workspace, signed.id()).state()).isEqualTo(StatusResult.State.UNKNOWN);
    }

    private static IssueRequest ob2(String email, ProofFormat proof) throws Exception {
        return IssueRequest.newBuilder("learning-ambassador", Recipient.email(email)).format(BadgeFormat.OB2).proof(proof).build();
    }

    private static ResolvedDocument fetch(DocumentResolver resolver, String url) throws Exception {
        Optional<ResolvedDocument> document = resolver.resolve(URI.create(url));
        assertThat(document).isPresent();
        return document.get();
    }

    /** What an OB 2.0 verifier does: read the issuer profile's revocationList and look the assertion up in it. */
    private static StatusResult revocation(DocumentResolver resolver, Workspace workspace, String assertionId) throws Exception {
        String listUrl;
        try {
            listUrl = JsonCodec.parse("profile", fetch(resolver, workspace.ob2ProfileUrl().toString()).content())
                    .path("revocationList").asText();
        } catch (Exception e) {
            listUrl = workspace.ob2RevocationListUrl().toString();
        }
        return StatusChecker.of(resolver, TestWorkspaces.at(TestWorkspaces.CHECKED))
                .checkOb2(listUrl, assertionId, null, workspace.ob2ProfileUrl().toString());
    }
}
