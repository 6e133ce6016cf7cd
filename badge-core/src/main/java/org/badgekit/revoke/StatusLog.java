package org.badgekit.revoke;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * The workspace's status log ({@code state/status-log.jsonl}): one JSON line per revocation, suspension or lifted
 * suspension, append-only. Each append holds an OS lock on the file and is forced to disk before it returns; a line torn by
 * a crash (no final newline) is ignored when reading and cut off by the next append.
 * Thread-safe.
 */
public final class StatusLog {
    /** The log's path relative to the workspace {@code state/} folder. */
    public static final String FILE_NAME = "status-log.jsonl";

    private final Path file;

    private StatusLog(Path file) {
        this.file = file;
    }

    /** The log in the workspace {@code state/} folder (the file is created on the first append). */
    public static StatusLog in(Path stateDir) {
        return new StatusLog(Objects.requireNonNull(stateDir, "stateDir").resolve(FILE_NAME));
    }

    /** The log file. */
    public Path file() {
        return file;
    }

    /**
     * Appends one event and forces it to disk.
     *
     * @throws BadgeException {@code IO_ERROR} naming the file
     */
    public synchronized void append(StatusEvent event) throws BadgeException {
        byte[] line = (JsonCodec.write(event.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    writeLine(channel, line);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot append to the status log: " + e.getMessage(),
                    file.toString(), e);
        }
    }

    private static void writeLine(FileChannel channel, byte[] content) throws IOException {
        long size = channel.size();
        while (size > 0 && !endsWithNewline(channel, size)) {
            size--;
        }
        channel.truncate(size);
        ByteBuffer buffer = ByteBuffer.wrap(content);
        long position = size;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.force(true);
    }

    /**
     * Every complete line of the log, in order; empty when there is no log yet.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} naming the line of a damaged entry; {@code IO_ERROR}
     */
    public synchronized List<StatusEvent> read() throws BadgeException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read the status log: " + e.getMessage(),
                    file.toString(), e);
        }
        int end = text.lastIndexOf('\n');
        List<StatusEvent> events = new ArrayList<>();
        if (end < 0) {
            return events;
        }
        String[] lines = text.substring(0, end).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String source = file.getFileName() + ":" + (i + 1);
            events.add(StatusEvent.parse(source, JsonCodec.parse(source, lines[i])));
        }
        return List.copyOf(events);
    }

    /** When the last change was logged, or empty for an empty log. */
    public Optional<Instant> lastChange() throws BadgeException {
        return read().stream().map(StatusEvent::at).max(Instant::compareTo);
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
