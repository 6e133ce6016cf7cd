package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.revoke.BadgeTarget;
import org.badgekit.revoke.Revocations;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusChecker;
import org.badgekit.status.StatusResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    private static final URI BASE = URI.create("https://badges.koulutus.example/");

    @TempDir
    Path temp;

    private CriteriaLibrary criteria;
    private Workspace workspace;
    private Issuer issuer;
    private Path site;

    @BeforeEach
    void setUp() throws BadgeException {
        criteria = CriteriaLibrary.bundled();
        workspace = TestWorkspaces.create(temp.resolve("ws"), BASE, DidMethod.WEB);
        issuer = TestWorkspaces.issuer(workspace, criteria);
        site = temp.resolve("site");
    }

    @Test
    void publishesEveryDocumentAtThePathOfTheUrlIssuedBadgesPointTo() throws Exception {
        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("workplace-instructor", Recipient.email("a@example.org"))
                .language("fi").build());
        publish();

        String achievementId = badge.document().at("/credentialSubject/achievement/id").asText();
        assertThat(achievementId).endsWith("/fi/achievement.json");
        JsonNode achievement = json(SitePaths.relative(BASE, achievementId));
        assertThat(achievement.path("id").asText()).isEqualTo(achievementId);
        assertThat(achievement.path("name").asText()).isEqualTo(criteria.get("workplace-instructor").name().get("fi"));
        String badgeClassUrl = issuer.badgeClassUrl(criteria.get("workplace-instructor"), "fi");
        assertThat(json(SitePaths.relative(BASE, badgeClassUrl)).path("id").asText()).isEqualTo(badgeClassUrl);
        assertThat(json("issuer.json").path("publicKey").get(0).asText()).isEqualTo(workspace.ob2KeyUrl().toString());
        assertThat(json("issuer.json").path("revocationList").asText()).isEqualTo(workspace.ob2RevocationListUrl().toString());
        assertThat(json("keys/rsa.json").path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(json("keys/jwks.json").path("keys")).hasSize(2);
        assertThat(json("profile.json").path("id").asText()).isEqualTo(workspace.issuerId());
        assertThat(json(".well-known/did.json").path("id").asText()).isEqualTo("did:web:badges.koulutus.example");
        assertThat(json(SitePaths.relative(BASE, badge.statusListUrl())).path("type").get(1).asText())
                .isEqualTo("BitstringStatusListCredential");
    }

    @Test
    void badgesVerifyOfflineAgainstThePublishedFolderMappedToTheBaseUrl() throws Exception {
        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("b@example.org")).build());
        publish();
        MappedFileResolver resolver = MappedFileResolver.of(List.of(BASE + "=" + site));

        List<ProofResult> proofs = DataIntegrityVerifier.create(resolver).verify(badge.document());
        assertThat(proofs).singleElement().satisfies(p -> assertThat(p.binding()).isEqualTo(KeyBinding.BOUND));
        StatusResult status = StatusChecker.of(resolver, TestWorkspaces.at(TestWorkspaces.CHECKED)).check(badge.document()).get(0);
        assertThat(status.state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        ObjectNode list = (ObjectNode) status.listCredential();
        assertThat(DataIntegrityVerifier.create(resolver).verify(list))
                .singleElement().satisfies(p -> assertThat(p.signatureValid()).isTrue());
    }

    @Test
    void republishingAnUnchangedWorkspaceRewritesNothingAndAnotherFolderGetsTheSameBytes() throws Exception {
        issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("c@example.org")).build());
        PublishReport first = publish();
        PublishReport second = publish();
        PublishReport elsewhere = TestWorkspaces.publisher(workspace, criteria, List.of()).publish(temp.resolve("copy"));

        assertThat(first.written()).isNotEmpty().isEqualTo(first.files());
        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(first.files());
        for (String path : first.files()) {
            assertThat(Files.readAllBytes(temp.resolve("copy").resolve(path))).as(path)
                    .isEqualTo(Files.readAllBytes(site.resolve(path)));
        }
        assertThat(elsewhere.stateTime()).isEqualTo(first.stateTime());
    }

    @Test
    void aRevocationRewritesOnlyTheListItChangesDatedWithTheRevocation() throws Exception {
        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("d@example.org")).build());
        publish();
        Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED))
                .revoke(BadgeTarget.fromDocument(badge.document(), "d.json"), "left the programme");

        PublishReport after = publish();

        assertThat(after.written()).containsExactly("status/revocation-1.json");
        assertThat(after.stateTime()).isEqualTo(TestWorkspaces.REVOKED);
        JsonNode list = json("status/revocation-1.json");
        assertThat(list.path("validFrom").asText()).isEqualTo("2026-11-03T09:00:00Z");
        assertThat(list.at("/proof/0/created").asText()).isEqualTo("2026-11-03T09:00:00Z");
    }

    @Test
    void aSuspensionListIsPublishedSignedAndShowsASuspensionUntilItIsLifted() throws Exception {
        ObjectNode credential = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("e@example.org"))
                .build()).document();
        org.badgekit.status.StatusAllocation suspension = org.badgekit.status.StatusListAllocator.newBuilder(
                workspace.stateDir(), workspace.statusListUrlTemplate()).build()
                .allocate(workspace.issuerId(), org.badgekit.status.StatusPurpose.SUSPENSION);
        ObjectNode entry = suspension.toEntry().toJson();
        credential.set("credentialStatus", JsonCodec.mapper().createArrayNode().add(credential.get("credentialStatus")).add(entry));
        Revocations revocations = Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED));
        BadgeTarget target = BadgeTarget.fromDocument(credential, "e.json");
        revocations.suspend(target, "under review");

        assertThat(publish().written()).contains("status/suspension-1.json", "status/revocation-1.json");
        MappedFileResolver resolver = MappedFileResolver.of(List.of(BASE + "=" + site));
        StatusChecker checker = StatusChecker.of(resolver, TestWorkspaces.at(TestWorkspaces.CHECKED));
        List<StatusResult> suspended = checker.check(entry, credential.path("id").asText(), workspace.issuerId());
        assertThat(suspended).singleElement().satisfies(r -> assertThat(r.state()).as(r.message()).isEqualTo(StatusResult.State.SUSPENDED));
        assertThat(DataIntegrityVerifier.create(resolver).verify((ObjectNode) suspended.get(0).listCredential()))
                .singleElement().satisfies(p -> assertThat(p.binding()).isEqualTo(KeyBinding.BOUND));

        revocations.unsuspend(target);
        publish();
        assertThat(checker.check(entry, credential.path("id").asText(), workspace.issuerId()).get(0).state())
                .isEqualTo(StatusResult.State.NOT_REVOKED);
    }

    @Test
    void htmlPagesEscapeWhatTheWorkspaceSaysAndCarryNoScripts() throws Exception {
        publish();
        String issuerPage = Files.readString(site.resolve("index.html"));
        assertThat(issuerPage).contains("Koulutus &lt;Test&gt; &amp; Co")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("href=\"badges/learning-ambassador/v" + criteria.get("learning-ambassador").version() + "/\"");
        String badgePage = Files.readString(site.resolve("badges/learning-ambassador/v"
                + criteria.get("learning-ambassador").version() + "/index.html"));
        for (String language : List.of("en", "fi", "et", "lv", "nl")) {
            assertThat(badgePage).contains("<section id=\"" + language + "\" lang=\"" + language + "\">")
                    .contains(Html.escape(criteria.get("learning-ambassador").name().get(language)));
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(page).toLowerCase()).doesNotContain("<script").doesNotContain("javascript:");
            }
        }
    }

    @Test
    void aDidWebWithAPathPublishesDidJsonAtTheFolderRoot() throws Exception {
        Workspace pathed = TestWorkspaces.create(temp.resolve("ws2"), URI.create("https://koulutus.example/badges/pilot/"),
                DidMethod.WEB);
        Path out = temp.resolve("site2");
        TestWorkspaces.publisher(pathed, criteria, List.of()).publish(out);

        assertThat(pathed.issuerId()).isEqualTo("did:web:koulutus.example:badges:pilot");
        assertThat(JsonCodec.parse("did.json", Files.readAllBytes(out.resolve("did.json"))).path("id").asText())
                .isEqualTo(pathed.issuerId());
        assertThat(out.resolve(".well-known")).doesNotExist();
    }

    @Test
    void refusesToSignWithAKeyThatIsNotTheWorkspaces() throws Exception {
        IssuerKey other = IssuerKey.generate(KeyType.ED25519, 0);
        DataIntegritySigner stranger = DataIntegritySigner.create(other.privateKey().orElseThrow(),
                workspace.dataIntegrityMethod());

        assertThatThrownBy(() -> Publisher.of(workspace, stranger, criteria, List.of()).publish(site))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR));
        assertThat(site).doesNotExist();
    }

    private PublishReport publish() throws BadgeException {
        return TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);
    }

    private JsonNode json(String path) throws Exception {
        return JsonCodec.parse(path, Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
