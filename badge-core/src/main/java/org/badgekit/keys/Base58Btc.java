package org.badgekit.keys;

import java.util.Arrays;
import org.badgekit.BadgeException;

/** Base58 with the Bitcoin alphabet, as multibase {@code z} uses it. */
public final class Base58Btc {
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58Btc() {}

    /** Longest base58btc string decoded; signatures and keys are under 200 characters. */
    public static final int MAX_DECODE_CHARS = 4096;

    /** 58^5, the base of the limbs {@link #encode} computes in: each limb is five base58 digits and fits in 30 bits. */
    private static final long LIMB = 58L * 58 * 58 * 58 * 58;
    private static final int DIGITS_PER_LIMB = 5;

    /**
     * Encodes bytes; leading zero bytes become leading {@code 1}s.
     *
     * <p>The number is converted in limbs of base 58^5 fed four bytes at a time, with {@code long} arithmetic: about twenty
     * times fewer divisions than digit-by-digit base conversion (a 64-byte signature was the batch's biggest base58 cost).
     */
    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        // little-endian limbs; log(256)/log(58^5) < 0.274 limbs per byte
        long[] limbs = new long[(input.length - zeros) * 274 / 1000 + 2];
        int used = 0;
        int i = zeros;
        while (i < input.length) {
            int take = Math.min(4, input.length - i);
            long carry = 0;
            for (int k = 0; k < take; k++) {
                carry = (carry << 8) | (input[i + k] & 0xFF);
            }
            i += take;
            int shift = 8 * take;
            // limb * 2^32 + carry < 2^30 * 2^32 + 2^33: no overflow
            for (int j = 0; j < used; j++) {
                long value = (limbs[j] << shift) + carry;
                limbs[j] = value % LIMB;
                carry = value / LIMB;
            }
            while (carry > 0) {
                limbs[used++] = carry % LIMB;
                carry /= LIMB;
            }
        }
        char[] encoded = new char[zeros + used * DIGITS_PER_LIMB];
        int out = encoded.length;
        for (int j = 0; j < used; j++) {
            long limb = limbs[j];
            for (int d = 0; d < DIGITS_PER_LIMB; d++) {
                encoded[--out] = ALPHABET[(int) (limb % 58)];
                limb /= 58;
            }
        }
        // the top limb's leading zero digits are padding, not part of the number
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    /**
     * Decodes a base58btc string.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} naming the first character outside the alphabet;
     *     {@code LIMIT_EXCEEDED} for input longer than {@link #MAX_DECODE_CHARS}
     */
    public static byte[] decode(String input) throws BadgeException {
        if (input.isEmpty()) {
            return new byte[0];
        }
        if (input.length() > MAX_DECODE_CHARS) {
            // base58 decoding is quadratic in the input length: a hostile 64 KB proofValue would stall a verifier
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "base58btc value of " + input.length()
                    + " characters exceeds the limit of " + MAX_DECODE_CHARS + " (keys and signatures need fewer than 200)");
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); ++i) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        "character '" + c + "' at position " + i + " is not in the base58btc alphabet");
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            ++zeros;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--out] = divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                ++start;
            }
        }
        while (out < decoded.length && decoded[out] == 0) {
            ++out;
        }
        return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
    }

    /** Divides the big number in {@code number[first..]} (base {@code base}) by {@code divisor} in place; returns the remainder. */
    private static byte divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
