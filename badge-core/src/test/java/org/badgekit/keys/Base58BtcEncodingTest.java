package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base58BtcEncodingTest {
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

    /** The digit-by-digit algorithm Base58Btc.encode used before it worked in base 58^5 limbs. */
    static String referenceEncode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] digits = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2];
        int out = encoded.length;
        int start = zeros;
        while (start < digits.length) {
            int remainder = 0;
            for (int i = start; i < digits.length; i++) {
                int temp = remainder * 256 + (digits[i] & 0xFF);
                digits[i] = (byte) (temp / 58);
                remainder = temp % 58;
            }
            encoded[--out] = ALPHABET[remainder];
            if (digits[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    @Test
    void encodesRandomInputsExactlyAsTheDigitByDigitAlgorithmDid() throws Exception {
        Random random = new Random(20261128);
        for (int n = 0; n < 5000; n++) {
            int length = random.nextInt(200);
            byte[] input = new byte[length];
            random.nextBytes(input);
            int leadingZeros = length == 0 ? 0 : random.nextInt(4) == 0 ? random.nextInt(Math.min(length, 6) + 1) : 0;
            Arrays.fill(input, 0, leadingZeros, (byte) 0);
            String encoded = Base58Btc.encode(input);
            assertThat(encoded).as("input %s", Arrays.toString(input)).isEqualTo(referenceEncode(input));
            assertThat(Base58Btc.decode(encoded)).isEqualTo(input);
        }
    }

    @Test
    void encodesLimbBoundariesAllZerosAndAllOnesLikeTheReference() {
        for (int length = 1; length <= 70; length++) {
            byte[] zeros = new byte[length];
            byte[] ones = new byte[length];
            Arrays.fill(ones, (byte) 0xFF);
            byte[] smallest = new byte[length];
            smallest[length - 1] = 1;
            byte[] leadingZeroThenMax = ones.clone();
            leadingZeroThenMax[0] = 0;
            for (byte[] input : new byte[][] {zeros, ones, smallest, leadingZeroThenMax}) {
                assertThat(Base58Btc.encode(input)).as("input %s", Arrays.toString(input)).isEqualTo(referenceEncode(input));
            }
        }
        assertThat(Base58Btc.encode(new byte[] {0, 0, 0})).isEqualTo("111");
        // 58^5 - 1 and 58^5: the last value of one limb and the first of two
        assertThat(Base58Btc.encode(new byte[] {0x27, 0x1F, 0x35, (byte) 0x9F})).isEqualTo("zzzzz");
        assertThat(Base58Btc.encode(new byte[] {0x27, 0x1F, 0x35, (byte) 0xA0})).isEqualTo("211111");
    }

    @Test
    void encodesA64ByteSignatureOfTheMultibaseTestVectorShape() {
        byte[] signature = new byte[64];
        new Random(7).nextBytes(signature);
        String encoded = Base58Btc.encode(signature);
        assertThat(encoded).isEqualTo(referenceEncode(signature)).hasSizeBetween(86, 88);
    }
}
