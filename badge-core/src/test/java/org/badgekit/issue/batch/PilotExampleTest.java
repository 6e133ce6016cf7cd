package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.issue.Ledger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample pilot files in {@code examples/pilot} pass pre-flight and issue cleanly. */
class PilotExampleTest {
    @TempDir
    Path dir;

    static Path pilotFile(String name) {
        String root = System.getProperty("badgekit.projectRoot");
        Assumptions.assumeTrue(root != null, "badgekit.projectRoot not set");
        Path file = Path.of(root, "examples", "pilot", name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "not present: " + file);
        return file;
    }

    @Test
    void sampleRecipientsCoverBothBadgesAndAllFiveLanguagesAndAllIssue() throws Exception {
        Path input = pilotFile("recipients.csv");
        BatchFixture fixture = new BatchFixture(dir);
        Set<String> languages = ConcurrentHashMap.newKeySet();
        FakeRowIssuer fake = new FakeRowIssuer();

        BatchResult result;
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            result = fixture.runner(input, ledger, (row, id, credentials, baked) -> {
                languages.add(row.lang());
                return fake.issue(row, id, credentials, baked);
            }).build().run();
        }

        assertThat(result.problems()).isEmpty();
        assertThat(result.total()).isEqualTo(20);
        assertThat(result.issued()).isEqualTo(20);
        assertThat(result.plannedByBadge()).containsOnlyKeys("learning-ambassador", "workplace-instructor");
        assertThat(languages).containsExactlyInAnyOrder("en", "fi", "et", "lv", "nl");
        assertThat(fixture.out.resolve("baked/fi-2026-001_aino-aijala.png")).isRegularFile();
        assertThat(fixture.out.resolve("baked/lv-2026-001_liga-berzina.png")).isRegularFile();
    }

    @Test
    void templateHasTheKnownColumnsAndOneValidRow() throws Exception {
        Path input = pilotFile("recipients-template.csv");
        BatchFixture fixture = new BatchFixture(dir);

        BatchResult plan;
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            plan = fixture.runner(input, ledger, new FakeRowIssuer()).dryRun(true).build().run();
        }

        assertThat(plan.planned()).isEqualTo(1);
        assertThat(Files.readAllLines(input).get(0).split(",")).containsExactlyInAnyOrderElementsOf(Columns.KNOWN);
    }
}
