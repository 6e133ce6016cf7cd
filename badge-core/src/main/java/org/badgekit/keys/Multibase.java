package org.badgekit.keys;

import java.util.Arrays;
import org.badgekit.BadgeException;

/**
 * Multibase base58btc ({@code z} prefix) and the multicodec headers for Ed25519 keys: {@code 0xed 0x01} (public) and
 * {@code 0x80 0x26} (private).
 */
public final class Multibase {
    /** Multicodec varint header of an Ed25519 public key. */
    static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    /** Multicodec varint header of an Ed25519 private key. */
    static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

    private Multibase() {}

    /** {@code "z" + base58btc(bytes)}. */
    public static String encodeBase58Btc(byte[] bytes) {
        return "z" + Base58Btc.encode(bytes);
    }

    /**
     * Decodes a {@code z}-prefixed multibase string.
     *
     * @param what names the value in error messages, e.g. "proofValue"
     * @throws BadgeException {@code MALFORMED_INPUT} when the prefix is not {@code z} or a character is not base58btc
     */
    public static byte[] decodeBase58Btc(String value, String what) throws BadgeException {
        if (value == null || value.isEmpty() || value.charAt(0) != 'z') {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    what + " '" + abbreviate(value) + "' does not start with 'z' (multibase base58btc)");
        }
        try {
            return Base58Btc.decode(value.substring(1));
        } catch (BadgeException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, what + " is not valid base58btc: " + e.getMessage(), e);
        }
    }

    /** {@code publicKeyMultibase} of a raw 32-byte Ed25519 public key: {@code z6Mk...}. */
    public static String encodeEd25519PublicKey(byte[] raw) {
        return encodeBase58Btc(KeyEncodings.concat(ED25519_PUB, Ed25519Keys.requireLength(raw, 32, "Ed25519 public key")));
    }

    /**
     * The raw 32-byte Ed25519 public key in a {@code publicKeyMultibase} value.
     *
     * @throws BadgeException {@code KEY_ERROR} when the value is not a multicodec Ed25519 public key
     */
    public static byte[] decodeEd25519PublicKey(String multibase) throws BadgeException {
        byte[] bytes = decodeBase58Btc(multibase, "publicKeyMultibase");
        if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "publicKeyMultibase '" + abbreviate(multibase)
                    + "' is not an Ed25519 public key (expected multicodec 0xed01 and 32 key bytes, got " + bytes.length + " bytes)");
        }
        return Arrays.copyOfRange(bytes, 2, 34);
    }

    /** {@code secretKeyMultibase} of a 32-byte Ed25519 seed (multicodec {@code 0x8026}). */
    public static String encodeEd25519PrivateKey(byte[] seed) {
        return encodeBase58Btc(KeyEncodings.concat(ED25519_PRIV, Ed25519Keys.requireLength(seed, 32, "Ed25519 seed")));
    }

    /**
     * The 32-byte seed in a multicodec Ed25519 private key; accepts both the 32-byte seed and the 64-byte seed||public form.
     *
     * @throws BadgeException {@code KEY_ERROR} for any other content; the message never contains key bytes
     */
    public static byte[] decodeEd25519PrivateKey(String multibase) throws BadgeException {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "private key multibase does not start with 'z' (base58btc)");
        }
        byte[] bytes;
        try {
            bytes = Base58Btc.decode(multibase.substring(1));
        } catch (BadgeException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "private key multibase is not z-prefixed base58btc");
        }
        boolean header = bytes.length >= 2 && bytes[0] == ED25519_PRIV[0] && bytes[1] == ED25519_PRIV[1];
        if (!header || (bytes.length != 34 && bytes.length != 66)) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR,
                    "private key multibase is not an Ed25519 private key (expected multicodec 0x8026 and 32 or 64 key bytes)");
        }
        return Arrays.copyOfRange(bytes, 2, 34);
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 24 ? value : value.substring(0, 20) + "...";
    }
}
