package org.badgekit.bake;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.badgekit.BadgeException;

/**
 * Reads a PNG chunk by chunk from a stream, checking every limit before reading and every CRC after, and never holding
 * more than one chunk's data (usually much less: {@link #transfer} streams through a small buffer).
 *
 * <p>Usage: {@link #next()} positions on a chunk's header; then exactly one of {@link #transfer}, {@link #readRest} consumes
 * its data and CRC, optionally after {@link #read(int)} peeked at the start of the data.
 */
final class PngChunkReader {
    static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    static final String IHDR = "IHDR";
    static final String IEND = "IEND";

    private final InputStream in;
    private final String source;
    private final BakeLimits limits;
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] header = new byte[8];
    private long offset;
    private int chunks;
    private String type;
    private long chunkOffset;
    private int length;
    private int remaining;

    /** Reads and checks the signature. */
    PngChunkReader(InputStream in, String source, BakeLimits limits) throws BadgeException {
        this.in = in;
        this.source = source;
        this.limits = limits;
        byte[] signature = new byte[SIGNATURE.length];
        int read = readUpTo(signature, 0, signature.length);
        if (read < signature.length || !Arrays.equals(signature, SIGNATURE)) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + ": not a PNG image (the 8-byte PNG signature is missing)", source, null);
        }
        offset = signature.length;
    }

    /**
     * Reads the next chunk's length and type and checks them against the PNG rules and the limits.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the file ends before {@code IEND}, {@code LIMIT_EXCEEDED} for limits
     */
    void next() throws BadgeException {
        chunkOffset = offset;
        int read = readUpTo(header, 0, header.length);
        if (read < header.length) {
            throw malformed("truncated PNG: the file ends at offset " + (offset + read) + " without an IEND chunk");
        }
        offset += header.length;
        long declared = ((header[0] & 0xffL) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            throw malformed("PNG chunk at offset " + chunkOffset + " has type bytes "
                    + PayloadDetector.previewBytes(Arrays.copyOfRange(header, 4, 8), 4) + ", expected 4 ASCII letters");
        }
        if (++chunks > limits.maxChunks()) {
            throw limit("PNG has more than " + limits.maxChunks() + " chunks (chunk '" + type + "' at offset " + chunkOffset + ")");
        }
        if (chunks == 1 && !IHDR.equals(type)) {
            throw malformed("PNG chunk '" + type + "' at offset " + chunkOffset + " comes first, expected IHDR");
        }
        if (declared > Integer.MAX_VALUE) {
            throw malformed("PNG chunk '" + type + "' at offset " + chunkOffset + " declares length " + declared
                    + ", expected at most 2^31-1");
        }
        if (declared > limits.maxChunkBytes()) {
            throw limit("PNG chunk '" + type + "' at offset " + chunkOffset + " declares " + declared
                    + " bytes, more than the limit of " + limits.maxChunkBytes());
        }
        if (chunkOffset + 12 + declared > limits.maxImageBytes()) {
            throw limit("PNG chunk '" + type + "' at offset " + chunkOffset + " would make the image larger than the limit of "
                    + limits.maxImageBytes() + " bytes");
        }
        length = (int) declared;
        remaining = length;
        crc.reset();
        crc.update(header, 4, 4);
    }

    String type() {
        return type;
    }

    int length() {
        return length;
    }

    long chunkOffset() {
        return chunkOffset;
    }

    /** The 8 header bytes (length and type) of the current chunk, for copying it. */
    byte[] header() {
        return header.clone();
    }

    /** Reads up to {@code max} bytes of the current chunk's data. */
    byte[] read(int max) throws BadgeException {
        byte[] data = new byte[Math.min(max, remaining)];
        readData(data, data.length);
        return data;
    }

    /** Reads the rest of the current chunk's data and checks its CRC. */
    byte[] readRest() throws BadgeException {
        byte[] data = new byte[remaining];
        readData(data, data.length);
        checkCrc(null);
        return data;
    }

    /** Streams the rest of the data and the CRC to {@code out}, or skips them when {@code out} is null; checks the CRC. */
    void transfer(OutputStream out) throws BadgeException {
        while (remaining > 0) {
            int n = Math.min(buffer.length, remaining);
            readData(buffer, n);
            write(out, buffer, n);
        }
        checkCrc(out);
    }

    /** True when bytes follow the IEND chunk (they are ignored). */
    boolean hasTrailingData() throws BadgeException {
        try {
            return in.read() >= 0;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private void readData(byte[] data, int n) throws BadgeException {
        int read = readUpTo(data, 0, n);
        offset += read;
        if (read < n) {
            throw malformed("truncated PNG: chunk '" + type + "' at offset " + chunkOffset + " declares " + length
                    + " bytes of data but the file ends after " + (length - remaining + read));
        }
        crc.update(data, 0, n);
        remaining -= n;
    }

    private void checkCrc(OutputStream out) throws BadgeException {
        byte[] stored = new byte[4];
        if (readUpTo(stored, 0, 4) < 4) {
            throw malformed("truncated PNG: chunk '" + type + "' at offset " + chunkOffset + " ends before its CRC");
        }
        offset += 4;
        long expected = ((stored[0] & 0xffL) << 24) | ((stored[1] & 0xff) << 16) | ((stored[2] & 0xff) << 8) | (stored[3] & 0xff);
        if (expected != crc.getValue()) {
            throw malformed(String.format("PNG chunk '%s' at offset %d has CRC 0x%08x but its data gives 0x%08x", type,
                    chunkOffset, expected, crc.getValue()));
        }
        write(out, stored, 4);
    }

    private void write(OutputStream out, byte[] bytes, int n) throws BadgeException {
        if (out == null) {
            return;
        }
        try {
            out.write(bytes, 0, n);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot write the baked image: " + e.getMessage(),
                    source, e);
        }
    }

    private int readUpTo(byte[] target, int from, int n) throws BadgeException {
        try {
            int total = 0;
            while (total < n) {
                int read = in.read(target, from + total, n - total);
                if (read < 0) {
                    break;
                }
                total += read;
            }
            return total;
        } catch (EOFException e) {
            return 0;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private BadgeException ioError(IOException e) {
        return new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot read: " + e.getMessage(), source, e);
    }

    private BadgeException malformed(String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": " + message, source, null);
    }

    private BadgeException limit(String message) {
        return new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, source + ": " + message, source, null);
    }
}
