package org.badgekit.bake;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A large input made on the fly: prefix, then {@code count} copies of one byte, then suffix. Nothing big is kept in memory. */
final class GeneratedStream extends InputStream {
    private final byte[] prefix;
    private final byte filler;
    private final long count;
    private final byte[] suffix;
    private long position;
    private long consumed;

    GeneratedStream(String prefix, char filler, long count, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.filler = (byte) filler;
        this.count = count;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    /** How many bytes were read: proves that a refusal came before the end. */
    long consumed() {
        return consumed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        long total = prefix.length + count + suffix.length;
        if (position >= total) {
            return -1;
        }
        int n = (int) Math.min(length, total - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            buffer[offset + i] = at < prefix.length ? prefix[(int) at]
                    : at < prefix.length + count ? filler : suffix[(int) (at - prefix.length - count)];
        }
        position += n;
        consumed += n;
        return n;
    }
}
