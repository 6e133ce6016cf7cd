package org.badgekit.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Ed25519 Multikey encoding: {@code "z" + base58btc(0xed 0x01 || key)}.
 *
 * <p>A deliberately minimal private copy of base58btc so that this package does not wait on the shared multibase classes;
 * to be folded into them when both are merged.
 */
final class MultikeyCodec {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

    private MultikeyCodec() {}

    static String encodeEd25519(byte[] publicKey) {
        return "z" + base58(KeyEncodings.concat(ED25519_PUB, publicKey));
    }

    static byte[] decodeEd25519(String multibase) throws GeneralSecurityException {
        if (multibase == null || !multibase.startsWith("z") || multibase.length() > 100) {
            throw new GeneralSecurityException("expected a base58btc multibase value starting with z");
        }
        byte[] bytes = unbase58(multibase.substring(1));
        if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new GeneralSecurityException("expected multicodec 0xed01 followed by 32 bytes");
        }
        return Arrays.copyOfRange(bytes, 2, 34);
    }

    private static String base58(byte[] data) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    private static byte[] unbase58(String text) throws GeneralSecurityException {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new GeneralSecurityException("character '" + text.charAt(i) + "' is not base58btc");
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : KeyEncodings.unsigned(value, 0);
        byte[] out = new byte[zeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
        return out;
    }
}
