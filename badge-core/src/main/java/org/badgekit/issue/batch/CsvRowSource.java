package org.badgekit.issue.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.badgekit.BadgeException;

/**
 * Reads a CSV batch file lazily with Jackson's streaming CSV parser: UTF-8 with or without BOM, {@code ,} or {@code ;}
 * (whichever the header line has more of, as European Excel writes {@code ;}), quoted fields with embedded newlines, CRLF.
 * Row numbers count records, so a quoted newline does not shift them away from what the spreadsheet shows.
 */
final class CsvRowSource implements RowSource {
    private static final int HEADER_PEEK = 64 * 1024;

    private final Path file;
    private final MappingIterator<String[]> rows;
    private final List<String> header;
    private final char delimiter;
    private int row = 1;

    private CsvRowSource(Path file, MappingIterator<String[]> rows, List<String> header, char delimiter) {
        this.file = file;
        this.rows = rows;
        this.header = header;
        this.delimiter = delimiter;
    }

    static CsvRowSource open(Path file) throws BadgeException {
        BufferedReader reader = null;
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            skipBom(in);
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            reader.mark(HEADER_PEEK);
            String firstLine = reader.readLine();
            reader.reset();
            if (firstLine == null || firstLine.isBlank()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        file + ":1: the file is empty; expected a header row such as 'email,name,badge'", file.toString(), null);
            }
            char delimiter = detectDelimiter(firstLine);
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(delimiter))
                    .readValues(reader);
            CsvRowSource source = new CsvRowSource(file, rows, List.of(), delimiter);
            source.row = 0;
            String[] headerCells = source.nextRecord();
            return new CsvRowSource(file, rows, List.of(headerCells == null ? new String[0] : headerCells), delimiter);
        } catch (NoSuchFileException e) {
            close(reader);
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": no such file", file.toString(), e);
        } catch (CharacterCodingException e) {
            close(reader);
            throw notUtf8(file, 1, e);
        } catch (IOException e) {
            close(reader);
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        } catch (BadgeException e) {
            close(reader);
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public RawRow next() throws BadgeException {
        String[] cells = nextRecord();
        if (cells == null) {
            return null;
        }
        List<String> values = new ArrayList<>(header.size());
        int extra = 0;
        for (int i = 0; i < cells.length; i++) {
            if (i < header.size()) {
                values.add(cells[i] == null ? "" : cells[i]);
            } else if (cells[i] != null && !cells[i].isBlank()) {
                extra++;
            }
        }
        while (values.size() < header.size()) {
            values.add("");
        }
        return new RawRow(row, values, extra);
    }

    private String[] nextRecord() throws BadgeException {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] cells = rows.nextValue();
            row++;
            return cells;
        } catch (CharacterCodingException e) {
            throw notUtf8(file, row + 1, e);
        } catch (JsonProcessingException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    file + ":" + (row + 1) + ": malformed CSV: " + e.getOriginalMessage(), file + ":" + (row + 1), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException ignored) {
            // reading is over; nothing to recover
        }
    }

    /** The delimiter the header line uses most, counting only outside quotes; {@code ,} on a tie. */
    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!Arrays.equals(start, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            in.reset();
        }
    }

    private static BadgeException notUtf8(Path file, int row, IOException e) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ":" + row
                + ": the file is not UTF-8 text; in Excel use 'Save as' > 'CSV UTF-8 (comma delimited)'", file.toString(), e);
    }

    private static void close(BufferedReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
