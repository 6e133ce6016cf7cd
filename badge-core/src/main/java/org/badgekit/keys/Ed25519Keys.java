package org.badgekit.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Converts Ed25519 keys between JCA objects and raw RFC 8032 bytes (32-byte public key, 32-byte seed). Stateless.
 */
public final class Ed25519Keys {
    /** DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key; the 32 raw key bytes follow. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519Keys() {}

    /**
     * The raw 32-byte public key of a JCA Ed25519 public key.
     *
     * @throws BadgeException {@code KEY_ERROR} when the key is not Ed25519
     */
    public static byte[] rawPublicKey(PublicKey key) throws BadgeException {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + 32
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR,
                    "public key of algorithm " + key.getAlgorithm() + " is not an Ed25519 key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /**
     * The 32-byte seed of a JCA Ed25519 private key (JDK or Bouncy Castle provider, or any PKCS#8-encodable key).
     *
     * @throws BadgeException {@code KEY_ERROR} when the key is not Ed25519 or does not expose its bytes
     */
    public static byte[] seed(PrivateKey key) throws BadgeException {
        if (key instanceof EdECPrivateKey) {
            Optional<byte[]> bytes = ((EdECPrivateKey) key).getBytes();
            if (bytes.isPresent() && bytes.get().length == 32) {
                return bytes.get();
            }
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR,
                    "private key of algorithm " + key.getAlgorithm() + " does not expose its encoding");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(encoded);
            if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                throw new BadgeException(BadgeException.Code.KEY_ERROR,
                        "private key of algorithm " + key.getAlgorithm() + " is not an Ed25519 key");
            }
            byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            return requireLength(seed, 32, "Ed25519 seed");
        } catch (IOException | IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR,
                    "private key of algorithm " + key.getAlgorithm() + " is not a PKCS#8 Ed25519 key");
        }
    }

    /** The raw public key that belongs to a 32-byte seed. */
    public static byte[] publicKeyFromSeed(byte[] seed) {
        return new Ed25519PrivateKeyParameters(requireLength(seed, 32, "Ed25519 seed"), 0).generatePublicKey().getEncoded();
    }

    /**
     * A JCA public key for raw bytes (X.509 encoded, algorithm {@code Ed25519}).
     *
     * @throws BadgeException {@code KEY_ERROR} when the platform cannot build the key
     */
    public static PublicKey publicKey(byte[] raw) throws BadgeException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(KeyEncodings.concat(X509_PREFIX, requireLength(raw, 32, "Ed25519 public key"))));
        } catch (GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot build an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    static byte[] requireLength(byte[] bytes, int length, String what) {
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got "
                    + (bytes == null ? "null" : bytes.length + " bytes"));
        }
        return bytes.clone();
    }
}
