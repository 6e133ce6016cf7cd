package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxInputTest {
    @TempDir
    Path dir;
    BatchFixture fixture;
    Path workbook;

    @BeforeEach
    void writeWorkbook() throws Exception {
        fixture = new BatchFixture(dir);
        workbook = dir.resolve("pilot.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "badgekit-test", "1.0");
            Worksheet notes = book.newWorksheet("Notes");
            notes.value(0, 0, "this sheet is not the list");
            Worksheet sheet = book.newWorksheet("Recipients");
            String[] header = {"Email", "Name", "Badge", "Lang", "Issued_On", "Valid_Until", "Ref"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "kaisa.maki@example.fi");
            sheet.value(1, 1, "Kaisa Mäki");
            sheet.value(1, 2, "learning-ambassador");
            sheet.value(1, 3, "fi");
            sheet.value(1, 4, LocalDate.of(2026, 5, 31));
            sheet.style(1, 4).format("yyyy-mm-dd").set();
            sheet.value(1, 5, "2029-05-31");
            sheet.value(1, 6, 1001);
            sheet.value(2, 0, "not-an-address");
            sheet.value(2, 2, "workplace-instructor");
            sheet.value(3, 0, "piet@example.nl");
            sheet.value(3, 1, "Piet de Vries");
            sheet.value(3, 2, "workplace-instructor");
            sheet.value(3, 3, "nl");
            sheet.value(3, 6, "NL-2026-002");
            book.finish();
        }
    }

    @Test
    void readsANamedSheetWithExcelDatesNumericRefsAndSpreadsheetRowNumbers() throws Exception {
        List<BatchRow> seen = new ArrayList<>();
        FakeRowIssuer fake = new FakeRowIssuer();

        BatchResult result;
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            result = fixture.runner(workbook, ledger, (row, id, credentials, baked) -> {
                synchronized (seen) {
                    seen.add(row);
                }
                return fake.issue(row, id, credentials, baked);
            }).sheet("Recipients").build().run();
        }

        assertThat(result.issued()).isEqualTo(2);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("email");
        });
        seen.sort(Comparator.comparingInt(BatchRow::row));
        BatchRow kaisa = seen.get(0);
        assertThat(kaisa.row()).isEqualTo(2);
        assertThat(kaisa.name()).isEqualTo("Kaisa Mäki");
        assertThat(kaisa.issuedOn()).isEqualTo(Instant.parse("2026-05-31T00:00:00Z"));
        assertThat(kaisa.validUntil()).isEqualTo(Instant.parse("2029-05-31T23:59:59Z"));
        assertThat(kaisa.ref()).isEqualTo("1001");
        assertThat(seen.get(1).row()).isEqualTo(4);
        assertThat(fixture.lines(result.rejectedCsv()).get(1)).startsWith("not-an-address,,workplace-instructor");
    }

    @Test
    void readsTheFirstSheetByDefault() throws Exception {
        assertThatThrownBy(() -> fixture.run(workbook, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("pilot.xlsx:1: unknown column 'this sheet is not the list'");
    }

    @Test
    void namesTheSheetsWhenTheRequestedOneIsMissing() throws Exception {
        try (Ledger ledger = Ledger.open(fixture.ledgerFile)) {
            BatchRunner runner = fixture.runner(workbook, ledger, new FakeRowIssuer()).sheet("Osallistujat").build();
            assertThatThrownBy(runner::run)
                    .isInstanceOf(BadgeException.class)
                    .hasMessageContaining("no sheet named 'Osallistujat'; the workbook has: Notes, Recipients");
        }
    }

    @Test
    void refusesAFileThatClaimsToBeXlsxButIsNot() throws Exception {
        Path fake = fixture.write("broken.xlsx", "email,badge\n");

        assertThatThrownBy(() -> fixture.run(fake, new FakeRowIssuer()))
                .isInstanceOf(BadgeException.class).hasMessageContaining("broken.xlsx: not a readable XLSX workbook")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }
}
