package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch files are renamed into place without an fsync; after a power cut the ledger may name files that are gone or cut
 * short. These tests simulate that state on disk and check that a rerun re-issues exactly those rows, under the same ids.
 */
class PowerCutRepairTest {
    @TempDir
    Path dir;
    BatchFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new BatchFixture(dir);
    }

    @Test
    void aRerunReissuesRowsWhoseFilesAreMissingEmptyOrCutShortAndKeepsTheirIds() throws Exception {
        Path input = fixture.write("cut.csv", BatchFixture.generated(6));
        BatchResult first = fixture.run(input, new FakeRowIssuer());
        List<String> manifest = fixture.lines(first.manifest());
        Path gone = fixture.out.resolve(files(manifest.get(0)).get(0).asText());
        Path empty = fixture.out.resolve(files(manifest.get(1)).get(1).asText());
        Path cut = fixture.out.resolve(files(manifest.get(2)).get(1).asText());
        Files.delete(gone);
        Files.write(empty, new byte[0]);
        byte[] png = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(png, png.length - 5));

        BatchResult resumed = fixture.run(input, new FakeRowIssuer());

        assertThat(resumed.issued()).isEqualTo(3);
        assertThat(resumed.alreadyIssued()).isEqualTo(3);
        assertThat(CompleteFiles.complete(gone)).isTrue();
        assertThat(CompleteFiles.complete(empty)).isTrue();
        assertThat(CompleteFiles.complete(cut)).isTrue();
        List<String> repaired = fixture.lines(resumed.manifest());
        assertThat(repaired).hasSize(6);
        assertThat(repaired.stream().map(PowerCutRepairTest::id).toList())
                .containsExactlyInAnyOrderElementsOf(manifest.stream().map(PowerCutRepairTest::id).toList());
        assertThat(fixture.lines(fixture.ledgerFile)).hasSize(9);

        BatchResult again = fixture.run(input, new FakeRowIssuer());
        assertThat(again.issued()).isZero();
        assertThat(again.alreadyIssued()).isEqualTo(6);
    }

    @Test
    void aRerunIntoANewOutputDirectorySkipsIssuedRowsAsBefore() throws Exception {
        Path input = fixture.write("moved.csv", BatchFixture.generated(3));
        fixture.run(input, new FakeRowIssuer());
        BatchResult result;
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            result = fixture.runner(input, ledger, new FakeRowIssuer()).outputDir(dir.resolve("other-out")).build().run();
        }

        assertThat(result.issued()).isZero();
        assertThat(result.alreadyIssued()).isEqualTo(3);
    }

    @Test
    void tellsWholeFilesFromCutOnes() throws Exception {
        Path json = dir.resolve("a.json");
        Files.writeString(json, "{\"id\":\"urn:uuid:1\"}\n");
        Path cutJson = dir.resolve("b.json");
        Files.writeString(cutJson, "{\"id\":\"urn:uu");
        Path svg = dir.resolve("c.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n");
        Path cutSvg = dir.resolve("d.svg");
        Files.writeString(cutSvg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>");

        assertThat(CompleteFiles.complete(json)).isTrue();
        assertThat(CompleteFiles.complete(cutJson)).isFalse();
        assertThat(CompleteFiles.complete(svg)).isTrue();
        assertThat(CompleteFiles.complete(cutSvg)).isFalse();
        assertThat(CompleteFiles.complete(dir.resolve("missing.png"))).isFalse();
    }

    private static JsonNode files(String manifestLine) {
        try {
            return JsonCodec.parse("manifest", manifestLine).path("files");
        } catch (BadgeException e) {
            throw new AssertionError(e);
        }
    }

    private static String id(String manifestLine) {
        try {
            return JsonCodec.parse("manifest", manifestLine).path("id").asText();
        } catch (BadgeException e) {
            throw new AssertionError(e);
        }
    }
}
