package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusChecker;
import org.badgekit.status.StatusResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published status list that was damaged or replaced never makes a badge read as "not revoked" from a trusted list. */
class TamperedListTest {
    private static final URI BASE = URI.create("https://badges.koulutus.example/");

    @TempDir
    Path temp;

    private Workspace workspace;
    private IssuedBadge badge;
    private Path site;
    private Path listFile;
    private MappedFileResolver resolver;

    @BeforeEach
    void publish() throws Exception {
        CriteriaLibrary criteria = CriteriaLibrary.bundled();
        workspace = TestWorkspaces.create(temp.resolve("ws"), BASE, DidMethod.WEB);
        badge = TestWorkspaces.issuer(workspace, criteria).issue(IssueRequest.newBuilder("learning-ambassador",
                Recipient.email("a@example.org")).build());
        site = temp.resolve("site");
        TestWorkspaces.publisher(workspace, criteria, List.of()).publish(site);
        listFile = site.resolve(SitePaths.relative(BASE, badge.statusListUrl()));
        resolver = MappedFileResolver.of(List.of(BASE + "=" + site));
    }

    @Test
    void aListThatIsNotGzipIsUnknown() throws Exception {
        replaceEncodedList("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]));
        StatusResult result = check();
        assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
        assertThat(result.message()).containsIgnoringCase("gzip");
    }

    @Test
    void aListTooShortForTheIndexIsUnknown() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[16]);
        }
        replaceEncodedList("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gz.toByteArray()));
        assertThat(check().state()).isEqualTo(StatusResult.State.UNKNOWN);
    }

    @Test
    void aListSignedBySomeoneElseDoesNotVerifyAsTheIssuers() throws Exception {
        ObjectNode list = (ObjectNode) JsonCodec.parse("list", Files.readAllBytes(listFile));
        list.remove("proof");
        IssuerKey stranger = IssuerKey.generate(KeyType.ED25519, 0);
        String method = stranger.didKey().orElseThrow() + "#" + stranger.publicKeyMultibase().orElseThrow();
        ObjectNode forged = DataIntegritySigner.create(stranger.privateKey().orElseThrow(), method)
                .sign(list, TestWorkspaces.REVOKED);
        Files.writeString(listFile, JsonCodec.writePretty(forged));

        StatusResult result = check();
        List<ProofResult> proofs = DataIntegrityVerifier.create(resolver).verify((ObjectNode) result.listCredential());

        assertThat(proofs).singleElement().satisfies(proof -> assertThat(proof.signatureValid()
                && proof.binding() == KeyBinding.BOUND).as(proof.message()).isFalse());
    }

    @Test
    void aListIssuedBySomeoneElseIsUnknown() throws Exception {
        ObjectNode list = (ObjectNode) JsonCodec.parse("list", Files.readAllBytes(listFile));
        list.put("issuer", "did:web:evil.example");
        Files.writeString(listFile, JsonCodec.writePretty(list));

        StatusResult result = check();

        assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
        assertThat(result.message()).contains("is issued by did:web:evil.example, not by the credential's issuer");
    }

    @Test
    void aListWhoseRevocationWasErasedNoLongerVerifies() throws Exception {
        org.badgekit.revoke.Revocations.of(workspace, TestWorkspaces.at(TestWorkspaces.REVOKED))
                .revoke(org.badgekit.revoke.BadgeTarget.fromDocument(badge.document(), "a.json"), null);
        TestWorkspaces.publisher(workspace, CriteriaLibrary.bundled(), List.of()).publish(site);
        assertThat(check().state()).isEqualTo(StatusResult.State.REVOKED);
        ObjectNode list = (ObjectNode) JsonCodec.parse("list", Files.readAllBytes(listFile));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[131_072 / 8]);
        }
        ((ObjectNode) list.get("credentialSubject")).put("encodedList", "u"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(gz.toByteArray()));
        Files.writeString(listFile, JsonCodec.writePretty(list));

        StatusResult result = check();

        assertThat(result.state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        assertThat(DataIntegrityVerifier.create(resolver).verify((ObjectNode) result.listCredential()))
                .singleElement().satisfies(proof -> assertThat(proof.signatureValid()).isFalse());
    }

    private void replaceEncodedList(String encoded) throws Exception {
        ObjectNode list = (ObjectNode) JsonCodec.parse("list", Files.readAllBytes(listFile));
        ((ObjectNode) list.get("credentialSubject")).put("encodedList", encoded);
        Files.writeString(listFile, JsonCodec.writePretty(list));
    }

    private StatusResult check() {
        List<StatusResult> results = StatusChecker.of(resolver, TestWorkspaces.at(TestWorkspaces.CHECKED)).check(badge.document());
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
