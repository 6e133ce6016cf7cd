package org.badgekit.issue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * The workspace ledger ({@code state/ledger.jsonl}): one JSON line per issued credential, append-only, the source of truth
 * for "was this already issued?".
 *
 * <p>A credential counts as issued only once its line is on disk: {@link #append} returns after {@code FileChannel.force}.
 * Appends are group-committed by one writer thread, which writes every line queued since its last force and forces once,
 * so many issuing threads share one fsync; with {@link #appendAsync} they need not even wait for it. {@link #close} writes
 * and forces what is still queued before it releases the file. A process killed mid-write leaves at most a torn last line; {@link #open} truncates it.
 * The file is locked while open, so two processes cannot issue into the same workspace at once.
 *
 * <p>Duplicate detection across batches uses {@link #emailKey(String)}: HMAC-SHA256 of the normalized address under a
 * workspace secret when one is given (the ledger then reveals nothing to someone guessing addresses), else SHA-256 of it.
 * The value carries its method as a prefix so keys of different methods never compare equal.
 */
public final class Ledger implements AutoCloseable {
    private static final int TAIL_CHUNK = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final byte[] secret;
    private final boolean repaired;
    private final LedgerWriter writer;
    // doFinal/digest reset these after each use; ThreadLocal because Mac and MessageDigest are not thread-safe
    private final ThreadLocal<Mac> emailMacs = ThreadLocal.withInitial(this::newEmailMac);
    private final ThreadLocal<MessageDigest> emailDigests = ThreadLocal.withInitial(Ledger::newSha256);
    private volatile long committedLength;

    private Ledger(Path file, FileChannel channel, FileLock lock, byte[] secret, boolean repaired) throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.secret = secret;
        this.repaired = repaired;
        this.committedLength = channel.size();
        channel.position(committedLength);
        this.writer = new LedgerWriter(this::writeAndForce, file.toString());
    }

    /** Opens (creating if needed) a ledger whose e-mail keys are plain SHA-256; see {@link #open(Path, byte[])}. */
    public static Ledger open(Path file) throws BadgeException {
        return open(file, null);
    }

    /**
     * Opens (creating if needed) the ledger file, repairs a torn last line and locks the file for this process.
     *
     * @param emailKeySecret the workspace secret for keyed e-mail hashes (HMAC-SHA256), or null for plain SHA-256
     * @throws BadgeException {@code IO_ERROR} when the file cannot be opened or another process holds it;
     *     {@code INVALID_ARGUMENT} for a secret shorter than 16 bytes
     */
    public static Ledger open(Path file, byte[] emailKeySecret) throws BadgeException {
        Objects.requireNonNull(file, "file");
        if (emailKeySecret != null && emailKeySecret.length < 16) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                    "the ledger's e-mail key secret has " + emailKeySecret.length + " bytes; expected at least 16");
        }
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new BadgeException(BadgeException.Code.IO_ERROR,
                        file + ": the ledger is in use by another badge process; wait for it to finish", file.toString(), null);
            }
            boolean repaired = repairTail(channel);
            if (repaired) {
                channel.force(true);
            }
            return new Ledger(file, channel, lock, emailKeySecret == null ? null : emailKeySecret.clone(), repaired);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot open ledger: " + e.getMessage(),
                    file.toString(), e);
        } catch (BadgeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The ledger file. */
    public Path file() {
        return file;
    }

    /** Whether {@link #open} had to cut off a torn last line left by a crash. */
    public boolean repairedOnOpen() {
        return repaired;
    }

    /**
     * The duplicate-detection key of a normalized (trimmed, lower-cased) e-mail address.
     *
     * @return {@code hmac-sha256:HEX} or {@code sha256:HEX}
     */
    public String emailKey(String normalizedEmail) {
        byte[] data = normalizedEmail.getBytes(StandardCharsets.UTF_8);
        if (secret != null) {
            return "hmac-sha256:" + HexFormat.of().formatHex(emailMacs.get().doFinal(data));
        }
        return "sha256:" + HexFormat.of().formatHex(emailDigests.get().digest(data));
    }

    /** A keyed HMAC-SHA256 for {@link #emailKey}; each thread keeps one, since a batch asks twice per row. */
    private Mac newEmailMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java platform has HmacSHA256; a non-empty key is always valid
            throw new IllegalStateException("JDK lacks HmacSHA256", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }

    /**
     * Appends one entry and returns once it is forced to disk. Thread-safe; concurrent callers share one fsync.
     *
     * @throws BadgeException {@code IO_ERROR}; after one write failure every later append fails too (the ledger is reopened
     *     and repaired by the next run)
     */
    public void append(LedgerEntry entry) throws BadgeException {
        try {
            appendAsync(entry).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BadgeException failure) {
                throw new BadgeException(failure.code(), failure.getMessage(), file.toString(), failure);
            }
            throw e;
        }
    }

    /**
     * Queues one entry; the returned future completes once the line is forced to disk (or fails with a {@link BadgeException}).
     * The caller may go on working meanwhile: the ledger's writer thread forces once for every line queued since its last
     * force, so a batch is not limited to one credential per fsync and no caller waits for an fsync it did not ask for. Only
     * a completed future means "issued".
     */
    public CompletableFuture<Void> appendAsync(LedgerEntry entry) {
        return writer.submit((JsonCodec.write(entry.toJson()) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** How many group commits (write plus force) this ledger has made since it was opened. */
    long forces() {
        return writer.forces();
    }

    /** Writes the lines and forces the file; runs on the writer thread only. */
    private void writeAndForce(List<byte[]> lines) throws BadgeException {
        ByteBuffer[] buffers = new ByteBuffer[lines.size()];
        long remaining = 0;
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = ByteBuffer.wrap(lines.get(i));
            remaining += lines.get(i).length;
        }
        try {
            while (remaining > 0) {
                remaining -= channel.write(buffers);
            }
            channel.force(true);
            committedLength = channel.position();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR,
                    file + ": cannot append to ledger: " + e.getMessage(), file.toString(), e);
        }
    }

    /** Receives ledger entries one at a time. */
    @FunctionalInterface
    public interface EntryVisitor {
        /** Called for each entry in file order. */
        void visit(LedgerEntry entry) throws BadgeException;
    }

    /**
     * Streams every committed entry, in order, without holding the ledger in memory.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} naming the line of a corrupt entry; {@code IO_ERROR}
     */
    public void forEach(EntryVisitor visitor) throws BadgeException {
        long limit = committedLength;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new BoundedInputStream(Files.newInputStream(file), limit), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String source = file.getFileName() + ":" + number;
                visitor.visit(LedgerEntry.parse(source, JsonCodec.parse(source, line)));
            }
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read ledger: " + e.getMessage(),
                    file.toString(), e);
        }
    }

    @Override
    public void close() throws BadgeException {
        writer.close();
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot close ledger: " + e.getMessage(),
                    file.toString(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Cuts a last line that has no newline or is not JSON (a write torn by a crash). */
    private static boolean repairTail(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        long lastNewline = lastNewlineBefore(channel, size);
        if (lastNewline != size - 1) {
            channel.truncate(lastNewline + 1);
            return true;
        }
        long previous = lastNewlineBefore(channel, size - 1);
        String lastLine = read(channel, previous + 1, size - 1 - (previous + 1));
        if (!lastLine.isBlank() && !isJson(lastLine)) {
            channel.truncate(previous + 1);
            return true;
        }
        return false;
    }

    private static boolean isJson(String line) {
        try {
            JsonCodec.parse("ledger", line);
            return true;
        } catch (BadgeException e) {
            return false;
        }
    }

    /** Position of the last '\n' strictly before {@code end}, or -1. */
    private static long lastNewlineBefore(FileChannel channel, long end) throws IOException {
        long position = end;
        ByteBuffer buffer = ByteBuffer.allocate(TAIL_CHUNK);
        while (position > 0) {
            int length = (int) Math.min(TAIL_CHUNK, position);
            long start = position - length;
            buffer.clear().limit(length);
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // read until the chunk is full
            }
            for (int i = length - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i;
                }
            }
            position = start;
        }
        return -1;
    }

    private static String read(FileChannel channel, long start, long length) throws IOException {
        if (length > JsonCodec.MAX_DOCUMENT_BYTES) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
            // read until full
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the original error is what matters
            }
        }
    }
}
