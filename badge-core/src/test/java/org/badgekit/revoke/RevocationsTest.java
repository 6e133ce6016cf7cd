package org.badgekit.revoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.json.JsonCodec;
import org.badgekit.status.StatusAllocation;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationsTest {
    private static final Instant ISSUED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-03T10:15:30Z");

    @TempDir
    Path temp;

    private Workspace workspace;
    private Issuer issuer;
    private StatusListAllocator allocator;
    private Revocations revocations;

    @BeforeEach
    void createWorkspace() throws BadgeException {
        URI base = URI.create("https://badges.koulutus.example/");
        workspace = WorkspaceCreator.create(temp.resolve("ws"), new IssuerSettings("Koulutus", URI.create("https://koulutus.example/"),
                "badges@koulutus.example", null, null, List.of("en"), DidMethod.WEB, base, false), null, null, new SecureRandom());
        allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate()).build();
        issuer = Issuer.forWorkspace(workspace, workspace.keys(null), CriteriaLibrary.bundled(), allocator,
                Clock.fixed(ISSUED, ZoneOffset.UTC));
        revocations = Revocations.of(workspace, Clock.fixed(LATER, ZoneOffset.UTC));
    }

    @Test
    void revokesACredentialFileOnceAndSaysAlreadyRevokedTheSecondTime() throws Exception {
        Path file = write("aino.json", issue("aino@example.org").payload());

        StatusUpdate first = revocations.revoke(revocations.find(file.toString()), "assessment withdrawn");
        StatusUpdate second = revocations.revoke(revocations.find(file.toString()), "other reason");

        assertThat(first.changed()).isTrue();
        assertThat(first.describe()).endsWith(" revoked (reason: assessment withdrawn)");
        assertThat(second.changed()).isFalse();
        assertThat(second.describe()).contains(" already revoked since 2026-11-03T10:15:30Z (reason: assessment withdrawn)");
        assertThat(revocations.log().read()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(StatusChange.REVOKED);
            assertThat(event.reason()).isEqualTo("assessment withdrawn");
            assertThat(event.at()).isEqualTo(LATER);
        });
        BadgeStatus status = revocations.status(revocations.find(file.toString()));
        assertThat(status.state()).isEqualTo(BadgeStatus.State.REVOKED);
        assertThat(status.since()).isEqualTo(LATER);
        assertThat(status.reason()).isEqualTo("assessment withdrawn");
    }

    @Test
    void findsBadgesByIdThroughTheLedgerAndByTheFilesItLists() throws Exception {
        IssuedBadge badge = issue("kalle@example.org");
        Path file = write("kalle.json", badge.payload());
        record(badge, "row-7", "kalle@example.org", file);

        assertThat(revocations.find(badge.id()).slots()).hasSize(1);
        assertThat(revocations.findByRef("row-7").id()).isEqualTo(badge.id());
        assertThat(revocations.findByEmail(" Kalle@Example.org").id()).isEqualTo(badge.id());
        revocations.revoke(revocations.find(badge.id()), null);
        BadgeStatus status = revocations.status(revocations.find(badge.id()));
        assertThat(status.state()).isEqualTo(BadgeStatus.State.REVOKED);
        assertThat(status.issued().ref()).isEqualTo("row-7");
        assertThat(status.toJson().path("state").asText()).isEqualTo("revoked");
    }

    @Test
    void fallsBackToTheOnlyRevocationListWhenTheLedgersFileIsGone() throws Exception {
        IssuedBadge badge = issue("liis@example.org");
        record(badge, "row-1", "liis@example.org", temp.resolve("moved-away.json"));

        BadgeTarget target = revocations.find(badge.id());

        assertThat(target.slots()).singleElement().satisfies(slot -> {
            assertThat(slot.index()).isEqualTo(badge.statusIndex());
            assertThat(slot.listUrl()).isEqualTo(badge.statusListUrl());
        });
    }

    @Test
    void revokesAnOb2AssertionIntoTheRevocationListAndKeepsTheFirstReason() throws Exception {
        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("mari@example.org"))
                .format(BadgeFormat.OB2).proof(ProofFormat.HOSTED).build());
        Path file = write("mari.json", badge.payload());
        record(badge, "row-2", "mari@example.org", file);

        assertThat(revocations.revoke(revocations.findByRef("row-2"), "issued in error").changed()).isTrue();
        StatusUpdate again = revocations.revoke(revocations.find(file.toString()), "twice");

        assertThat(again.changed()).isFalse();
        assertThat(again.reason()).isEqualTo("issued in error");
        BadgeStatus status = revocations.status(revocations.find(badge.id()));
        assertThat(status.state()).isEqualTo(BadgeStatus.State.REVOKED);
        assertThat(status.target().ob3()).isFalse();
        assertThatThrownBy(() -> revocations.suspend(status.target(), null))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.UNSUPPORTED))
                .hasMessageContaining("OB 2.0 assertion, which has no suspension");
    }

    @Test
    void suspendsAndLiftsASuspensionButNeverARevocation() throws Exception {
        ObjectNode credential = issue("juhan@example.org").document();
        StatusAllocation suspension = allocator.allocate(workspace.issuerId(), StatusPurpose.SUSPENSION);
        credential.set("credentialStatus", JsonCodec.mapper().createArrayNode().add(credential.get("credentialStatus"))
                .add(suspension.toEntry().toJson()));
        BadgeTarget target = BadgeTarget.fromDocument(credential, "juhan.json");

        assertThat(revocations.suspend(target, "under review").changed()).isTrue();
        assertThat(revocations.status(target).state()).isEqualTo(BadgeStatus.State.SUSPENDED);
        assertThat(revocations.unsuspend(target).changed()).isTrue();
        assertThat(revocations.unsuspend(target).describe()).contains("already not suspended");
        assertThat(revocations.status(target).state()).isEqualTo(BadgeStatus.State.ISSUED);
        assertThat(revocations.log().read()).extracting(StatusEvent::change)
                .containsExactly(StatusChange.SUSPENDED, StatusChange.UNSUSPENDED);

        BadgeTarget revocationOnly = BadgeTarget.fromDocument(issue("anu@example.org").document(), "anu.json");
        assertThatThrownBy(() -> revocations.suspend(revocationOnly, null)).hasMessageContaining("has no suspension status entry");
        assertThatThrownBy(() -> revocations.unsuspend(revocationOnly)).hasMessageContaining("has no suspension status entry");
    }

    @Test
    void refusesUnknownIdsForeignBadgesForeignListsAndIndexesOutsideTheList() throws Exception {
        ObjectNode credential = issue("peeter@example.org").document();

        assertThatThrownBy(() -> revocations.find("urn:uuid:00000000-0000-4000-8000-000000000000"))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.NOT_FOUND))
                .hasMessageContaining("is neither a badge file nor the id of a badge in the ledger");

        ObjectNode foreign = credential.deepCopy();
        foreign.put("issuer", "did:web:someone-else.example");
        assertThatThrownBy(() -> revocations.find(write("foreign.json", JsonCodec.writePretty(foreign)).toString()))
                .hasMessageContaining("was issued by did:web:someone-else.example, not by this workspace's issuer");

        ObjectNode otherList = credential.deepCopy();
        ((ObjectNode) otherList.get("credentialStatus")).put("statusListCredential", "https://evil.example/status/1.json");
        assertThatThrownBy(() -> revocations.revoke(BadgeTarget.fromDocument(otherList, "other.json"), null))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT))
                .hasMessageContaining("is not one of this workspace's revocation lists");

        ObjectNode outside = credential.deepCopy();
        ((ObjectNode) outside.get("credentialStatus")).put("statusListIndex", "131072");
        assertThatThrownBy(() -> revocations.revoke(BadgeTarget.fromDocument(outside, "outside.json"), null))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT))
                .hasMessageContaining("status index 131072 of badge").hasMessageContaining("(131072 entries)");

        ObjectNode notANumber = credential.deepCopy();
        ((ObjectNode) notANumber.get("credentialStatus")).put("statusListIndex", "-1");
        assertThatThrownBy(() -> BadgeTarget.fromDocument(notANumber, "nan.json"))
                .hasMessage("nan.json: /credentialStatus/statusListIndex '-1' is not a non-negative base-10 integer");
        assertThat(revocations.log().read()).isEmpty();
    }

    @Test
    void readsTheBadgeOutOfBakedImagesAndJwts() throws Exception {
        IssuedBadge jwt = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("eva@example.org"))
                .proof(ProofFormat.JWT).build());
        Path token = write("eva.jwt", jwt.payload());
        IssuedBadge baked = issue("ott@example.org");
        Path png = temp.resolve("ott.png");
        Files.write(png, org.badgekit.bake.Baker.create().bake(new org.badgekit.issue.BadgeImages().imageFor(
                CriteriaLibrary.bundled().get("learning-ambassador"), "en", org.badgekit.bake.ImageFormat.PNG),
                baked.bakedPayload()));

        assertThat(revocations.find(token.toString()).id()).isEqualTo(jwt.id());
        assertThat(revocations.find(token.toString()).slots()).hasSize(1);
        assertThat(revocations.find(png.toString()).id()).isEqualTo(baked.id());
        assertThatThrownBy(() -> revocations.find(write("junk.txt", "not a badge").toString()))
                .hasMessageContaining("expected a badge");
    }

    private IssuedBadge issue(String email) throws BadgeException {
        return issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email(email)).build());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void record(IssuedBadge badge, String ref, String email, Path file) throws BadgeException {
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret())) {
            ledger.append(new LedgerEntry(badge.id(), "batch-1", "ref:" + ref, 1, ref, badge.recipientHash(),
                    ledger.emailKey(email), badge.badgeId(), badge.badgeVersion(), badge.statusIndex(), ISSUED,
                    List.of(file.toAbsolutePath().toString())));
        }
    }
}
