package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.bake.PayloadKind;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerRowIssuerTest {
    @TempDir
    Path temp;

    private static BatchRow row(int n, String badge, String lang) {
        return new BatchRow(n, "p" + n + "@example.org", "Person " + n, badge, lang, Instant.parse("2026-11-01T00:00:00Z"), null,
                "https://example.org/e/" + n, "Guided students.", "R" + n, "ref:R" + n, "r" + n);
    }

    @Test
    void bakedPicturesAreTheBytesBakingTheBadgeImageForEachRowGave() throws Exception {
        IssuerSettings settings = new IssuerSettings("Perf Issuer", URI.create("https://perf.example.org/"), "badges@perf.example.org", null, null,
                List.of("en", "fi"), DidMethod.KEY, URI.create("https://perf.example.org/badges/"), false);
        Workspace workspace = WorkspaceCreator.create(temp.resolve("ws"), settings, null, null, new SecureRandom());
        Issuer issuer = Issuer.forWorkspace(workspace, workspace.keys(null), CriteriaLibrary.bundled(), null,
                Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC));
        IssuerRowIssuer rowIssuer = new IssuerRowIssuer(issuer, BadgeFormat.OB3, ProofFormat.DI, ImageFormat.PNG,
                new BadgeImages());
        Path credentials = temp.resolve("out/credentials");
        Path baked = temp.resolve("out/baked");
        List<BatchRow> rows = List.of(row(1, "learning-ambassador", "en"), row(2, "learning-ambassador", "en"),
                row(3, "workplace-instructor", "fi"), row(4, "learning-ambassador", "fi"));
        for (BatchRow row : rows) {
            IssuedCredential issued = rowIssuer.issue(row, "urn:uuid:00000000-0000-4000-8000-00000000000" + row.row(),
                    credentials, baked);
            assertThat(issued.files()).containsExactly("credentials/r" + row.row() + ".json", "baked/r" + row.row() + ".png");
            String json = Files.readString(credentials.resolve("r" + row.row() + ".json"), StandardCharsets.UTF_8);
            assertThat(json).endsWith("}\n");
            byte[] expected = Baker.create().bake(
                    new BadgeImages().imageFor(issuer.criteria().get(row.badge()), row.lang(), ImageFormat.PNG),
                    BakedPayload.of(PayloadKind.OB3_JSON, json));
            byte[] picture = Files.readAllBytes(baked.resolve("r" + row.row() + ".png"));
            assertThat(picture).isEqualTo(expected);
            assertThat(Baker.create().extract(picture).payload()).isEqualTo(json.strip());
        }
    }
}
