package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.HttpResolver;
import org.badgekit.revoke.Revocations;
import org.badgekit.verify.CheckResult;
import org.badgekit.verify.Outcome;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Done-means scenario with the real {@link Verifier} and its {@link HttpResolver} (private addresses allowed for the
 * test): a did:web workspace issues three badges, publishes, serves on a free local port; all three verify online; one is
 * revoked and the site republished; it then fails {@code status.revoked} while the others stay valid; with the server
 * stopped the status is reported unknown, never valid. The same for OB 2.0 hosted (410) and signed (revocation list).
 */
class VerifyOnlineTest {

    @Test
    void ob3BadgesVerifyOnlineUntilRevokedAndAStoppedServerGivesUnknownStatus(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Verifier verifier;
        Verifier strict;
        try (SiteServer server = SiteServer.start(site, new InetSocketAddress("127.0.0.1", 0))) {
            verifier = verifier(server, false);
            strict = verifier(server, true);
            Workspace workspace = TestWorkspaces.create(temp.resolve("ws"), server.uri(), DidMethod.WEB);
            Issuer issuer = TestWorkspaces.issuer(workspace, criteria);
            IssuedBadge json = issuer.issue(request("aino@example.org").build());
            IssuedBadge baked = issuer.issue(request("kalle@example.org").build());
            IssuedBadge jwt = issuer.issue(request("liis@example.org").proof(ProofFormat.JWT).build());
            files.put("aino.json", json.payload().getBytes(StandardCharsets.UTF_8));
            files.put("kalle.png", Baker.create().bake(new BadgeImages().imageFor(criteria.get("learning-ambassador"), "en",
                    ImageFormat.PNG), baked.bakedPayload()));
            files.put("liis.jwt", jwt.payload().getBytes(StandardCharsets.UTF_8));
            TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);

            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                assertValid(verifier.verify(file.getValue(), file.getKey()));
            }

            Path png = Files.write(temp.resolve("kalle.png"), files.get("kalle.png"));
            Revocations revocations = Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED));
            revocations.revoke(revocations.find(png.toString()), "assessment withdrawn");
            TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);

            VerificationReport revoked = verifier.verify(files.get("kalle.png"), "kalle.png");
            assertThat(revoked.valid()).isFalse();
            assertThat(revoked.check("status.revoked")).hasValueSatisfying(check -> {
                assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(check.message()).startsWith("revoked");
            });
            assertThat(revoked.withOutcome(Outcome.FAILED)).extracting(CheckResult::id).containsExactly("status.revoked");
            assertValid(verifier.verify(files.get("aino.json"), "aino.json"));
            assertValid(verifier.verify(files.get("liis.jwt"), "liis.jwt"));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            VerificationReport offline = verifier.verify(file.getValue(), file.getKey());
            assertThat(offline.check("status.revoked")).as(file.getKey()).hasValueSatisfying(check -> {
                assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
                assertThat(check.message()).contains("could not be established");
            });
            assertThat(strict.verify(file.getValue(), file.getKey()).valid()).as(file.getKey()).isFalse();
        }
    }

    @Test
    void ob2HostedAndSignedAssertionsVerifyOnlineUntilRevoked(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path outputs = Files.createDirectories(temp.resolve("out"));
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        try (SiteServer server = SiteServer.start(site, new InetSocketAddress("127.0.0.1", 0))) {
            Verifier verifier = verifier(server, false);
            Workspace workspace = TestWorkspaces.create(temp.resolve("ws"), server.uri(), DidMethod.WEB);
            Issuer issuer = TestWorkspaces.issuer(workspace, criteria);
            IssuedBadge hosted = issuer.issue(request("mari@example.org").format(BadgeFormat.OB2).proof(ProofFormat.HOSTED).build());
            IssuedBadge signed = issuer.issue(request("ott@example.org").format(BadgeFormat.OB2).proof(ProofFormat.DI).build());
            Path hostedFile = Files.writeString(outputs.resolve("mari.json"), hosted.payload());
            Path signedFile = Files.writeString(outputs.resolve("ott.jwt"), signed.payload());
            TestWorkspaces.publisher(workspace, criteria, List.of(outputs)).publish(site);

            assertValid(verifier.verify(hostedFile));
            assertValid(verifier.verify(signedFile));

            Revocations revocations = Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED));
            revocations.revoke(revocations.find(hostedFile.toString()), "issued in error");
            revocations.revoke(revocations.find(signedFile.toString()), "withdrawn");
            TestWorkspaces.publisher(workspace, criteria, List.of(outputs)).publish(site);

            VerificationReport gone = verifier.verify(hostedFile);
            assertThat(gone.valid()).isFalse();
            assertThat(gone.check("ob2.hosted")).hasValueSatisfying(check -> {
                assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(check.message()).contains("410 Gone");
            });
            VerificationReport listed = verifier.verify(signedFile);
            assertThat(listed.valid()).isFalse();
            assertThat(listed.withOutcome(Outcome.FAILED)).extracting(CheckResult::id).containsExactly("ob2.revocation-list");
            assertThat(listed.check("ob2.revocation-list").orElseThrow().message()).contains("withdrawn");
        }
    }

    private static IssueRequest.Builder request(String email) throws Exception {
        return IssueRequest.newBuilder("learning-ambassador", Recipient.email(email));
    }

    private static Verifier verifier(SiteServer server, boolean strict) throws Exception {
        DocumentResolver http = HttpResolver.newBuilder().allowPrivateAddresses(true).build();
        return Verifier.newBuilder().resolver(new PlainHttpForLoopback(server.uri(), http))
                .clock(TestWorkspaces.at(TestWorkspaces.CHECKED)).strict(strict).build();
    }

    private static void assertValid(VerificationReport report) {
        assertThat(report.valid()).as(report.subject() + ": " + report.withOutcome(Outcome.FAILED)).isTrue();
        Outcome status = report.check("status.revoked").map(CheckResult::outcome).orElse(Outcome.SKIPPED);
        Outcome ob2Hosted = report.check("ob2.hosted").map(CheckResult::outcome).orElse(Outcome.SKIPPED);
        Outcome ob2List = report.check("ob2.revocation-list").map(CheckResult::outcome).orElse(Outcome.SKIPPED);
        // each badge's own revocation mechanism ran and passed: the status list (OB 3.0), the host or the list (OB 2.0)
        assertThat(List.of(status, ob2Hosted, ob2List)).as(report.subject()).contains(Outcome.PASSED)
                .doesNotContain(Outcome.WARNING, Outcome.FAILED);
    }
}
