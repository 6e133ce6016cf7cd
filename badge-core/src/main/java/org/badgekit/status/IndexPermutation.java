package org.badgekit.status;

/**
 * A keyed bijection on {@code [0, size)}: position {@code p} of a list's allocation order maps to status index
 * {@code permute(p)}. Different positions always give different indexes (a Feistel network is invertible, and cycle-walking
 * keeps the values inside the domain), so handing out positions 0, 1, 2, ... never reuses an index, while the indexes
 * themselves look random and do not reveal the order of issuance (the spec asks issuers to assign indexes randomly).
 *
 * <p>The key is a 64-bit secret drawn from {@code SecureRandom} when the list is created and kept in the workspace state.
 * The round function is a strong 64-bit mixer, not a cryptographic PRF: the goal is unlinkable-looking indexes for an
 * observer of published credentials, not resistance against someone who holds the workspace files.
 */
final class IndexPermutation {
    private static final int ROUNDS = 8;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    IndexPermutation(long key, long size) {
        if (size < 2) {
            throw new IllegalArgumentException("permutation size " + size + " is below 2");
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        for (int i = 0; i < ROUNDS; i++) {
            roundKeys[i] = mix(key + 0x9E3779B97F4A7C15L * (i + 1));
        }
    }

    /** The index at allocation position {@code position}, in {@code [0, size)}. */
    long permute(long position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " is outside [0, " + size + ")");
        }
        long value = position;
        do {
            value = feistel(value);
        } while (value >= size);
        return value;
    }

    private long feistel(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int i = 0; i < ROUNDS; i++) {
            long next = left ^ (mix(right ^ roundKeys[i]) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** SplitMix64's finalizer: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
