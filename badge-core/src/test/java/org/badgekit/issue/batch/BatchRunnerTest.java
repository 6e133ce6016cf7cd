package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;
    BatchFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new BatchFixture(dir);
    }

    @Test
    void issuesEveryValidRowAndWritesManifestSummaryAndRejectedFile() throws Exception {
        Path input = fixture.write("recipients.csv", """
                email,name,badge,lang,ref,issued_on,valid_until
                anna.aijala@example.fi,Anna Äijälä,learning-ambassador,fi,FI-2026-001,2026-05-01,2029-05-31
                mart.pold@example.org,Mart Põld,workplace-instructor,et,EE-2026-001,,
                """);
        FakeRowIssuer issuer = new FakeRowIssuer();

        BatchResult result = fixture.run(input, issuer);

        assertThat(result.complete()).isTrue();
        assertThat(result.issued()).isEqualTo(2);
        assertThat(result.batchId()).isEqualTo("recipients");
        assertThat(fixture.count("credentials", ".json")).isEqualTo(2);
        assertThat(fixture.count("baked", ".png")).isEqualTo(2);
        assertThat(fixture.out.resolve("baked/fi-2026-001_anna-aijala.png")).isRegularFile();
        List<String> manifest = fixture.lines(result.manifest());
        assertThat(manifest).hasSize(2);
        JsonNode first = JsonCodec.parse("manifest", manifest.get(0));
        assertThat(first.path("id").asText()).startsWith("urn:uuid:");
        assertThat(first.path("files")).hasSize(2);
        JsonNode summary = JsonCodec.parse("summary", Files.readAllBytes(result.summary()));
        assertThat(summary.path("counts").path("issued").asInt()).isEqualTo(2);
        assertThat(summary.path("counts").path("rejected").asInt()).isZero();
        assertThat(summary.path("criteriaVersions").path("learning-ambassador").get(0).asText()).isEqualTo("1.0.0");
        assertThat(fixture.lines(result.rejectedCsv())).hasSize(1);
        assertThat(fixture.lines(fixture.ledgerFile)).hasSize(2);
    }

    @Test
    void readsSemicolonFileWithBomCrlfAndQuotedNewlines() throws Exception {
        String csv = "\uFEFFEmail ; Name;BADGE;lang;evidence_narrative\r\n"
                + "liga.berzina@example.org;\"Bērziņa; Līga\";learning-ambassador;lv;\"Led two\r\nworkshops\"\r\n"
                + "jan@example.nl;Jan van der Berg;workplace-instructor;nl;\r\n";
        Path input = dir.resolve("semicolons.csv");
        Files.write(input, csv.getBytes(StandardCharsets.UTF_8));
        List<BatchRow> seen = new ArrayList<>();
        FakeRowIssuer fake = new FakeRowIssuer();

        BatchResult result = fixture.run(input, (row, id, credentials, baked) -> {
            synchronized (seen) {
                seen.add(row);
            }
            return fake.issue(row, id, credentials, baked);
        });

        assertThat(result.issued()).isEqualTo(2);
        BatchRow liga = seen.stream().filter(row -> row.lang().equals("lv")).findFirst().orElseThrow();
        assertThat(liga.name()).isEqualTo("Bērziņa; Līga");
        assertThat(liga.evidenceNarrative()).isEqualTo("Led two\r\nworkshops");
        BatchRow jan = seen.stream().filter(row -> row.lang().equals("nl")).findFirst().orElseThrow();
        assertThat(jan.row()).as("a quoted newline does not shift spreadsheet row numbers").isEqualTo(3);
    }

    @Test
    void rejectsEachKindOfBadRowWithRowColumnAndHint() throws Exception {
        Path input = fixture.write("recipients.csv", """
                email,name,badge,lang,issued_on,valid_until,evidence_url,ref
                anna@@example.org,Anna,learning-ambassador,fi,,,,R1
                mart@example.org,Mart,chef-de-cuisine,et,,,,R2
                liga@example.org,Līga,learning-ambassador,sv,,,,R3
                jan@example.org,Jan,learning-ambassador,nl,31.5.2026,,,R4
                eva@example.org,Eva,learning-ambassador,en,2026-05-31,2026-01-01,,R5
                ok@example.org,Ok,learning-ambassador,en,,,,R6
                OK@Example.org ,Ok again,learning-ambassador,en,,,,R7
                other@example.org,Other,learning-ambassador,en,,,,R6
                web@example.org,Web,learning-ambassador,en,,,ftp://example.org/x,R9
                """);

        BatchResult result = fixture.run(input, new FakeRowIssuer());

        assertThat(result.total()).isEqualTo(9);
        assertThat(result.issued()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(8);
        assertThat(result.complete()).isFalse();
        List<String> described = result.problems().stream().map(problem -> problem.describe("recipients.csv")).toList();
        assertThat(described).containsExactly(
                "recipients.csv:2: column 'email': 'anna@@example.org' is not an e-mail address; fix the address or delete the row",
                "recipients.csv:3: column 'badge': unknown badge 'chef-de-cuisine'; use one of [learning-ambassador, "
                        + "workplace-instructor]",
                "recipients.csv:4: column 'lang': unknown language 'sv'; use one of en, fi, et, lv, nl",
                "recipients.csv:5: column 'issued_on': '31.5.2026' is not a date; write it as YYYY-MM-DD (e.g. 2026-05-31) "
                        + "or as a date-time such as 2026-05-31T12:00:00Z",
                "recipients.csv:6: column 'valid_until': valid_until 2026-01-01 is before issued_on 2026-05-31; "
                        + "correct one of the two dates",
                "recipients.csv:8: column 'email': 'OK@Example.org' already gets badge 'learning-ambassador' in row 7; "
                        + "delete one of the two rows",
                "recipients.csv:9: column 'ref': ref 'R6' is already used in row 7; give every row its own ref",
                "recipients.csv:10: column 'evidence_url': 'ftp://example.org/x' is not an absolute http(s) URL; "
                        + "write the full address, e.g. https://example.org/portfolio/123");
        List<String> rejected = fixture.lines(result.rejectedCsv());
        assertThat(rejected).hasSize(9);
        assertThat(rejected.get(0)).isEqualTo("\uFEFFemail,name,badge,lang,issued_on,valid_until,evidence_url,ref,error");
        assertThat(rejected.get(1)).startsWith("anna@@example.org,Anna,").endsWith("is not an e-mail address; fix the address or delete the row");
    }

    @Test
    void refusesUnknownColumnsUnlessAskedToIgnoreThem() throws Exception {
        Path input = fixture.write("extra.csv", "email,badge,department\nanna@example.org,learning-ambassador,HR\n");

        assertThatThrownBy(() -> fixture.run(input, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("extra.csv:1: unknown column 'department'")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);

        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            BatchResult result = fixture.runner(input, ledger, new FakeRowIssuer()).ignoreUnknownColumns(true).build().run();
            assertThat(result.issued()).isEqualTo(1);
        }
    }

    @Test
    void refusesAFileWithoutAnEmailColumn() throws Exception {
        Path input = fixture.write("noemail.csv", "name,badge\nAnna,learning-ambassador\n");

        assertThatThrownBy(() -> fixture.run(input, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("no 'email' column");
    }

    @Test
    void reportsAMissingFileAsAnIoErrorNamingIt() {
        Path missing = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> fixture.run(missing, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("nowhere.csv")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.IO_ERROR);
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path input = dir.resolve("latin1.csv");
        Files.write(input, "email,name,badge\nanna@example.org,\u00c4ij\u00e4l\u00e4,learning-ambassador\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> fixture.run(input, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("not UTF-8")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void usesTheDefaultBadgeAndLanguageWhenCellsAreEmpty() throws Exception {
        Path input = fixture.write("defaults.csv", "email,name\nanna@example.org,Anna\n");
        List<BatchRow> seen = new ArrayList<>();

        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            fixture.runner(input, ledger, (row, id, credentials, baked) -> {
                seen.add(row);
                return new IssuedCredential(id, "sha256$x", row.badge(), "1.0.0", null, List.of());
            }).defaultBadge("workplace-instructor").defaultLang("fi").jobs(1).build().run();
        }

        assertThat(seen).singleElement().satisfies(row -> {
            assertThat(row.badge()).isEqualTo("workplace-instructor");
            assertThat(row.lang()).isEqualTo("fi");
            assertThat(row.key()).isEqualTo("email:anna@example.org|workplace-instructor");
        });
    }

    @Test
    void dryRunValidatesAndPlansButWritesNothing() throws Exception {
        Path input = fixture.write("plan.csv", BatchFixture.generated(10) + "bad@,X,learning-ambassador,en,T-11\n");
        FakeRowIssuer issuer = new FakeRowIssuer();

        BatchResult result;
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            BatchRunner real = fixture.runner(input, ledger, issuer).build();
            result = real.toBuilder().dryRun(true).build().run();
        }

        assertThat(result.planned()).isEqualTo(10);
        assertThat(result.plannedByBadge()).containsEntry("learning-ambassador", 5L).containsEntry("workplace-instructor", 5L);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.describe()).isEqualTo("11 rows: 10 to issue, 0 already issued, 1 rejected (dry run: nothing issued)");
        assertThat(issuer.calls()).isZero();
        assertThat(fixture.out).doesNotExist();
        assertThat(Files.size(fixture.ledgerFile)).isZero();
    }

    @Test
    void rerunOfAFinishedBatchIssuesNothingAndCountsAlreadyIssued() throws Exception {
        Path input = fixture.write("again.csv", BatchFixture.generated(25));
        fixture.run(input, new FakeRowIssuer());
        FakeRowIssuer second = new FakeRowIssuer();

        BatchResult rerun = fixture.run(input, second);

        assertThat(second.calls()).isZero();
        assertThat(rerun.issued()).isZero();
        assertThat(rerun.alreadyIssued()).isEqualTo(25);
        assertThat(rerun.complete()).isTrue();
        assertThat(rerun.describe()).isEqualTo("25 rows: all 25 already issued by an earlier run; nothing to do");
        assertThat(fixture.lines(fixture.ledgerFile)).hasSize(25);
        assertThat(fixture.lines(rerun.manifest())).hasSize(25);
    }

    @Test
    void rejectsARecipientWhoHoldsTheBadgeFromAnotherBatchUnlessReissueIsAllowed() throws Exception {
        Path first = fixture.write("spring.csv", "email,badge\nanna@example.org,learning-ambassador\n");
        Path second = fixture.write("autumn.csv", "email,badge\n Anna@Example.org,learning-ambassador\n");
        fixture.run(first, new FakeRowIssuer());

        BatchResult refused = fixture.run(second, new FakeRowIssuer());

        assertThat(refused.rejected()).isEqualTo(1);
        assertThat(refused.problems().get(0).message()).contains("already holds badge 'learning-ambassador'");
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            BatchResult allowed = fixture.runner(second, ledger, new FakeRowIssuer()).allowReissue(true).build().run();
            assertThat(allowed.issued()).isEqualTo(1);
        }
        assertThat(fixture.lines(fixture.ledgerFile)).hasSize(2);
    }

    @Test
    void rejectsOnlyTheRowTheIssuerRefusesAndIssuesTheRest() throws Exception {
        Path input = fixture.write("partly.csv", BatchFixture.generated(5));

        BatchResult result = fixture.run(input, new FakeRowIssuer().failOn(4, BadgeException.Code.INVALID_INPUT));

        assertThat(result.issued()).isEqualTo(4);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(fixture.lines(result.rejectedCsv())).hasSize(2).last().asString().startsWith("person3@example.org");
    }

    @Test
    void stopsOnASigningFailureAndTheRerunFinishesTheBatch() throws Exception {
        Path input = fixture.write("keys.csv", BatchFixture.generated(40));

        assertThatThrownBy(() -> fixture.run(input, new FakeRowIssuer().failOn(20, BadgeException.Code.KEY_ERROR)))
                .isInstanceOf(BadgeException.class)
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.KEY_ERROR);

        BatchResult resumed = fixture.run(input, new FakeRowIssuer());
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.issued() + resumed.alreadyIssued()).isEqualTo(40);
        assertThat(fixture.lines(fixture.ledgerFile)).hasSize(40);
        assertThat(fixture.count("credentials", ".json")).isEqualTo(40);
    }

    @Test
    void reissuesWithTheSameIdAndFileWhenFilesExistButTheLedgerLineDoesNot() throws Exception {
        Path input = fixture.write("lost.csv", BatchFixture.generated(6));
        fixture.run(input, new FakeRowIssuer());
        List<String> ledgerLines = fixture.lines(fixture.ledgerFile);
        Files.write(fixture.ledgerFile, (String.join("\n", ledgerLines.subList(0, 4)) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(fixture.out.resolve("credentials/.leftover.json.1234.tmp"), "{\"half\":");

        BatchResult resumed = fixture.run(input, new FakeRowIssuer());

        assertThat(resumed.issued()).isEqualTo(2);
        assertThat(resumed.alreadyIssued()).isEqualTo(4);
        assertThat(fixture.count("credentials", ".json")).isEqualTo(6);
        assertThat(fixture.tempFiles()).isZero();
        List<String> ids = fixture.lines(fixture.ledgerFile).stream().map(BatchRunnerTest::idOf).toList();
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ledgerLines.stream().map(BatchRunnerTest::idOf).toList());
    }

    private static String idOf(String ledgerLine) {
        try {
            return JsonCodec.parse("ledger", ledgerLine).path("id").asText();
        } catch (BadgeException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void skipsBlankRowsButKeepsSpreadsheetRowNumbers() throws Exception {
        Path input = fixture.write("gaps.csv", "email,badge\n\n,\nbad,learning-ambassador\n");

        BatchResult result = fixture.run(input, new FakeRowIssuer());

        assertThat(result.total()).isEqualTo(1);
        assertThat(result.problems()).singleElement().extracting(RowProblem::row).isEqualTo(4);
    }

    @Test
    void rejectsARowWithValuesBeyondTheLastHeaderColumn() throws Exception {
        Path input = fixture.write("ragged.csv", "email,badge\nanna@example.org,learning-ambassador,oops\n");

        BatchResult result = fixture.run(input, new FakeRowIssuer());

        assertThat(result.problems()).singleElement().extracting(problem -> problem.describe("ragged.csv")).isEqualTo(
                "ragged.csv:2: the row has 1 filled cell(s) to the right of the last header column; "
                        + "move the values under a named column");
    }

    @Test
    void refusesAnEmptyFileAndAnUnclosedQuoteNamingTheRow() throws Exception {
        Path empty = fixture.write("empty.csv", "");
        Path unclosed = fixture.write("unclosed.csv", "email,name,badge\nanna@example.org,\"Anna,learning-ambassador\n");

        assertThatThrownBy(() -> fixture.run(empty, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("empty.csv:1: the file is empty");
        assertThatThrownBy(() -> fixture.run(unclosed, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("unclosed.csv:2: malformed CSV")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void reportsProgressForEveryRowIssuedUpToTheTotal() throws Exception {
        Path input = fixture.write("progress.csv", BatchFixture.generated(12));
        List<BatchProgress> seen = new ArrayList<>();

        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            fixture.runner(input, ledger, new FakeRowIssuer()).progress(seen::add).build().run();
        }

        assertThat(seen).hasSize(12);
        assertThat(seen).extracting(BatchProgress::done).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 12).boxed().toList());
        assertThat(seen.get(11).finished()).isTrue();
        assertThat(seen).allSatisfy(progress -> assertThat(progress.total()).isEqualTo(12));
    }

    @Test
    void rejectsARefThatAnEarlierRunOfTheSameBatchIssuedToSomeoneElse() throws Exception {
        Files.createDirectories(dir.resolve("spring"));
        Files.createDirectories(dir.resolve("autumn"));
        Path spring = fixture.write("spring/recipients.csv", "email,badge,ref\nanna@example.org,learning-ambassador,FI-001\n");
        Path autumn = fixture.write("autumn/recipients.csv", "email,badge,ref\nmart@example.org,learning-ambassador,FI-001\n");
        fixture.run(spring, new FakeRowIssuer());

        BatchResult result = fixture.run(autumn, new FakeRowIssuer());

        assertThat(result.alreadyIssued()).isZero();
        assertThat(result.problems()).singleElement().extracting(problem -> problem.describe("recipients.csv")).isEqualTo(
                "recipients.csv:2: column 'ref': ref 'FI-001' was already issued in batch 'recipients' to another recipient "
                        + "or badge; give the row a new ref, or run the file as a new batch (--batch-id)");
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            BatchResult asNewBatch = fixture.runner(autumn, ledger, new FakeRowIssuer()).batchId("autumn-2026").build().run();
            assertThat(asNewBatch.issued()).isEqualTo(1);
        }
    }
}
