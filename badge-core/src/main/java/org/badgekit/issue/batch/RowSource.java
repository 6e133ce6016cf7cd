package org.badgekit.issue.batch;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.badgekit.BadgeException;

/** A streaming reader of a batch file's rows: the header, then one row at a time; never the whole file in memory. */
interface RowSource extends Closeable {

    /** The header cells as written (not normalized). */
    List<String> header();

    /** The next row, or null at the end. */
    RawRow next() throws BadgeException;

    /** The delimiter to use when writing rows back (rejected.csv). */
    char delimiter();

    @Override
    void close();

    /**
     * Opens a CSV or XLSX file, chosen by extension (or the ZIP signature when the extension says neither).
     *
     * @param sheet for XLSX, the sheet name, or null for the first sheet
     * @throws BadgeException {@code IO_ERROR} when unreadable, {@code MALFORMED_INPUT} when not CSV/XLSX, {@code UNSUPPORTED}
     *     for legacy .xls
     */
    static RowSource open(Path file, String sheet) throws BadgeException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                    file + ": legacy .xls workbooks are not read; save the sheet as .xlsx or as 'CSV UTF-8'", file.toString(), null);
        }
        if (name.endsWith(".xlsx") || (!name.endsWith(".csv") && !name.endsWith(".txt") && XlsxRowSource.looksLikeZip(file))) {
            return XlsxRowSource.open(file, sheet);
        }
        return CsvRowSource.open(file);
    }
}
