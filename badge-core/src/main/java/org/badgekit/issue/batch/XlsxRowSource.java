package org.badgekit.issue.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first (or a named) sheet of an XLSX workbook with fastexcel-reader's streaming row iterator. Date columns may hold
 * Excel serial numbers (a date-formatted cell) or text; numbers elsewhere (a numeric {@code ref}) are written without a
 * trailing {@code .0}.
 */
final class XlsxRowSource implements RowSource {
    private static final Set<String> DATE_COLUMNS = Set.of(Columns.ISSUED_ON, Columns.VALID_UNTIL);

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final boolean[] dateColumn;

    private XlsxRowSource(Path file, ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> rows, List<String> header) {
        this.file = file;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = rows;
        this.header = header;
        this.dateColumn = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            dateColumn[i] = DATE_COLUMNS.contains(Columns.normalize(header.get(i)));
        }
    }

    static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(8));
        } catch (IOException e) {
            return false;
        }
    }

    static XlsxRowSource open(Path file, String sheetName) throws BadgeException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile());
            Sheet sheet;
            if (sheetName == null) {
                sheet = workbook.getFirstSheet();
            } else {
                ReadableWorkbook book = workbook;
                sheet = workbook.findSheet(sheetName).orElseThrow(() -> new BadgeException(BadgeException.Code.NOT_FOUND,
                        file + ": no sheet named '" + sheetName + "'; the workbook has: "
                                + book.getSheets().map(Sheet::getName).collect(Collectors.joining(", ")), file.toString(), null));
            }
            Stream<Row> stream = sheet.openStream();
            Iterator<Row> iterator = stream.iterator();
            if (!iterator.hasNext()) {
                stream.close();
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        file + ":1: the sheet '" + sheet.getName() + "' is empty; expected a header row such as email, name, badge",
                        file.toString(), null);
            }
            Row first = iterator.next();
            List<String> header = new ArrayList<>();
            for (int i = 0; i < first.getCellCount(); i++) {
                header.add(text(first.getCell(i), false));
            }
            return new XlsxRowSource(file, workbook, stream, iterator, header);
        } catch (NoSuchFileException e) {
            closeQuietly(workbook);
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": no such file", file.toString(), e);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(workbook);
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    file + ": not a readable XLSX workbook (" + e.getMessage() + ")", file.toString(), e);
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    file + ": not a readable XLSX workbook (" + e.getMessage() + ")", file.toString(), e);
        } catch (BadgeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public RawRow next() throws BadgeException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<String> values = new ArrayList<>(header.size());
            int extra = 0;
            for (int i = 0; i < row.getCellCount(); i++) {
                String value = text(row.getCell(i), i < dateColumn.length && dateColumn[i]);
                if (i < header.size()) {
                    values.add(value);
                } else if (!value.isBlank()) {
                    extra++;
                }
            }
            while (values.size() < header.size()) {
                values.add("");
            }
            return new RawRow(row.getRowNum(), values, extra);
        } catch (RuntimeException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    file + ": cannot read the workbook: " + e.getMessage(), file.toString(), e);
        }
    }

    private static String text(Cell cell, boolean dateColumn) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (dateColumn) {
                LocalDateTime date = cell.asDate();
                return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean()).toLowerCase(Locale.ROOT);
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // reading is over
            }
        }
    }
}
