package org.badgekit.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Writes the sample pilot files in {@code examples/pilot/}: {@code recipients.xlsx} (the rows of {@code recipients.csv}, with
 * the date columns as real Excel dates, as a coordinator's spreadsheet has them), {@code badge.png} and {@code badge.svg}.
 * Run through {@code mvn -B -q -o -pl examples -am verify -Dtest=PilotFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbadgekit.regenerate=true}.
 */
final class PilotFiles {
    static final Set<String> DATE_COLUMNS = Set.of("issued_on", "valid_until");
    static final String BADGE_TITLE = "Open Badge";

    private PilotFiles() {}

    static void writeAll(Path pilot) throws IOException {
        try (OutputStream out = Files.newOutputStream(pilot.resolve("recipients.xlsx"))) {
            writeXlsx(readCsv(pilot.resolve("recipients.csv")), out);
        }
        Files.write(pilot.resolve("badge.png"), BadgeArt.png());
        Files.writeString(pilot.resolve("badge.svg"), BadgeArt.svg(BADGE_TITLE));
    }

    /** Every row of a CSV file, header first, as text. */
    static List<List<String>> readCsv(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** One sheet "recipients": text cells, except dates in the date columns; empty CSV fields stay empty cells. */
    static void writeXlsx(List<List<String>> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "badgekit", "1.0");
        Worksheet sheet = workbook.newWorksheet("recipients");
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                if (value.isEmpty()) {
                    continue;
                }
                if (r > 0 && DATE_COLUMNS.contains(header.get(c))) {
                    sheet.value(r, c, LocalDate.parse(value));
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
    }

    /** Every row of the first sheet as text: dates as {@code yyyy-mm-dd}, empty cells as empty strings. */
    static List<List<String>> readXlsx(Path xlsx, int columns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        values.add("");
                    } else if (cell.getType() == CellType.NUMBER) {
                        values.add(cell.asDate().toLocalDate().toString());
                    } else {
                        values.add(cell.getRawValue());
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** Whether the cell at {@code row}, {@code column} of the first sheet holds a number (Excel's dates are numbers). */
    static boolean isNumber(Path xlsx, int row, int column) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getFirstSheet().read().get(row).getCell(column).getType() == CellType.NUMBER;
        }
    }
}
