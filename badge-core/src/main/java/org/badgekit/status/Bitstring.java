package org.badgekit.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.badgekit.BadgeException;

/**
 * A fixed-size bit set in the Bitstring Status List layout: bit 0 is the most significant bit of byte 0.
 *
 * <p>{@link #encode()} gives the {@code encodedList} form: GZIP (RFC 1952), then multibase base64url without padding (prefix
 * {@code u}). {@link #decode(String)} reverses it with strict checks and a cap on the inflated size, so a small hostile list
 * cannot expand into gigabytes. Instances are mutable and not thread-safe; callers that share one synchronize, or {@link
 * #copy()} it.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding">Bitstring encoding</a>
 */
public final class Bitstring {
    /** The spec's minimum number of entries (bits when {@code statusSize} is 1): 16 KiB uncompressed. */
    public static final int MIN_BITS = 131_072;
    /** Largest inflated list accepted by {@link #decode(String)}: 16 MiB, i.e. 134,217,728 bits. */
    public static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private final byte[] bytes;

    private Bitstring(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A list of {@link #MIN_BITS} clear bits. */
    public static Bitstring empty() {
        return new Bitstring(new byte[MIN_BITS / 8]);
    }

    /**
     * A list of {@code bits} clear bits.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} unless {@code bits} is a multiple of 8 between {@link #MIN_BITS} and
     *     {@code 8 * MAX_DECODED_BYTES}
     */
    public static Bitstring ofSize(int bits) throws BadgeException {
        if (bits < MIN_BITS || bits % 8 != 0 || bits / 8 > MAX_DECODED_BYTES) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "status list size " + bits
                    + " is not a multiple of 8 between " + MIN_BITS + " and " + (8L * MAX_DECODED_BYTES) + " bits");
        }
        return new Bitstring(new byte[bits / 8]);
    }

    /**
     * Decodes an {@code encodedList} value.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} for a missing {@code u} prefix, invalid base64url, corrupt GZIP or a list
     *     shorter than {@link #MIN_BITS}; {@code LIMIT_EXCEEDED} when it inflates beyond {@link #MAX_DECODED_BYTES}
     */
    public static Bitstring decode(String encodedList) throws BadgeException {
        if (encodedList == null || encodedList.isEmpty()) {
            throw malformed("encodedList is empty, expected a multibase base64url string starting with 'u'");
        }
        if (encodedList.charAt(0) != 'u') {
            throw malformed("encodedList starts with '" + printable(encodedList.charAt(0))
                    + "', expected the multibase base64url prefix 'u' (no padding)");
        }
        String body = encodedList.substring(1);
        int bad = firstNonBase64Url(body);
        if (bad >= 0) {
            throw malformed("encodedList: character '" + printable(body.charAt(bad)) + "' at position " + (bad + 1)
                    + " is not base64url without padding");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw malformed("encodedList: invalid base64url (" + e.getMessage() + ")");
        }
        byte[] inflated = gunzip(compressed);
        if (inflated.length * 8L < MIN_BITS) {
            throw malformed("encodedList: decoded list has " + (inflated.length * 8L) + " bits, the spec requires at least "
                    + MIN_BITS);
        }
        return new Bitstring(inflated);
    }

    /** The {@code encodedList} form: GZIP, then {@code u} + base64url without padding. Deterministic for the same bits. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + bytes.length / 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            // writing to memory cannot fail
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Number of bits. */
    public int size() {
        return bytes.length * 8;
    }

    /** Whether bit {@code index} is set. */
    public boolean get(int index) {
        checkIndex(index);
        return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** Sets bit {@code index}; returns true when it was clear before. */
    public boolean set(int index) {
        boolean was = get(index);
        bytes[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        return !was;
    }

    /** Clears bit {@code index}; returns true when it was set before. */
    public boolean clear(int index) {
        boolean was = get(index);
        bytes[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        return was;
    }

    /**
     * The status value of entry {@code index} when each entry is {@code statusSize} bits wide (most significant bit first).
     *
     * @throws IndexOutOfBoundsException when the entry does not fit in the list
     */
    public int value(long index, int statusSize) {
        if (statusSize < 1 || statusSize > 30) {
            throw new IllegalArgumentException("statusSize " + statusSize + " is not between 1 and 30");
        }
        long first = index * statusSize;
        if (index < 0 || first + statusSize > size()) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + statusSize + " bits is outside " + size() + " bits");
        }
        int value = 0;
        for (int i = 0; i < statusSize; i++) {
            value = (value << 1) | (get((int) first + i) ? 1 : 0);
        }
        return value;
    }

    /** Number of set bits. */
    public int cardinality() {
        int count = 0;
        for (byte b : bytes) {
            count += Integer.bitCount(b & 0xff);
        }
        return count;
    }

    /** An independent copy. */
    public Bitstring copy() {
        return new Bitstring(bytes.clone());
    }

    /** A copy of the raw bytes (bit 0 = most significant bit of byte 0). */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bitstring && Arrays.equals(bytes, ((Bitstring) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Bitstring[" + size() + " bits, " + cardinality() + " set]";
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("bit " + index + " is outside the list of " + size() + " bits");
        }
    }

    private static byte[] gunzip(byte[] compressed) throws BadgeException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(MIN_BITS / 8);
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > MAX_DECODED_BYTES) {
                    throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "encodedList: decompressed list exceeds "
                            + MAX_DECODED_BYTES + " bytes; refusing to inflate it further");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw malformed("encodedList: GZIP data is truncated");
        } catch (IOException e) {
            throw malformed("encodedList: GZIP data is corrupt (" + e.getMessage() + ")");
        }
    }

    private static int firstNonBase64Url(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static BadgeException malformed(String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, message);
    }
}
