package org.badgekit.issue.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.badgekit.BadgeException;

/**
 * Writes {@code rejected.csv}: the original columns of every rejected row plus {@code error}, with a UTF-8 BOM and the input's
 * delimiter so that Excel opens it the way it opened the input. Written to a temp file and moved into place on {@link #commit}.
 * Thread-safe: rows rejected by the issuer arrive from worker threads.
 */
final class RejectedCsv implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private final char delimiter;

    private RejectedCsv(Path target, Path temp, BufferedWriter writer, char delimiter) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
        this.delimiter = delimiter;
    }

    static RejectedCsv create(Path target, List<String> header, char delimiter) throws BadgeException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".writing.tmp");
        try {
            OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            RejectedCsv csv = new RejectedCsv(target, temp, writer, delimiter);
            writer.write('\uFEFF');
            csv.line(header, "error");
            return csv;
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, temp + ": cannot write: " + e.getMessage(), temp.toString(), e);
        }
    }

    synchronized void add(RawRow row, List<RowProblem> problems) throws BadgeException {
        try {
            line(row.values(), problems.stream().map(RowProblem::shortText).collect(Collectors.joining(" | ")));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, temp + ": cannot write: " + e.getMessage(), temp.toString(), e);
        }
    }

    /** Flushes, forces and moves the file into place. */
    synchronized void commit() throws BadgeException {
        try {
            writer.close();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot write: " + e.getMessage(),
                    target.toString(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temp file is removed by the next run
        }
    }

    private void line(List<String> values, String error) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(quote(value)).append(delimiter);
        }
        text.append(quote(error)).append("\r\n");
        writer.write(text.toString());
    }

    private String quote(String value) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
