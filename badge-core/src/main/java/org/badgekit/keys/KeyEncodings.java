package org.badgekit.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Conversions between raw key bytes and JCA keys. Ed25519 goes through its fixed DER prefixes (RFC 8410) so that the JDK's
 * own {@code Ed25519} KeyFactory is used and no provider needs registering.
 */
final class KeyEncodings {
    /** SPKI DER prefix of an Ed25519 public key (RFC 8410 §4), followed by the 32 raw bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = hex("302a300506032b6570032100");
    /** PKCS#8 v1 DER prefix of an Ed25519 private key (RFC 8410 §7), followed by the 32-byte seed. */
    private static final byte[] ED25519_PKCS8_PREFIX = hex("302e020100300506032b657004220420");

    static final int ED25519_KEY_BYTES = 32;
    static final int P256_COORDINATE_BYTES = 32;

    private KeyEncodings() {}

    static PublicKey ed25519Public(byte[] raw) throws GeneralSecurityException {
        if (raw.length != ED25519_KEY_BYTES) {
            throw new GeneralSecurityException("Ed25519 public key has " + raw.length + " bytes, expected 32");
        }
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, raw)));
    }

    static PrivateKey ed25519Private(byte[] seed) throws GeneralSecurityException {
        if (seed.length != ED25519_KEY_BYTES) {
            throw new GeneralSecurityException("Ed25519 private key has " + seed.length + " bytes, expected 32");
        }
        byte[] encoded = concat(ED25519_PKCS8_PREFIX, seed);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** The 32 raw bytes of an Ed25519 public key. */
    static byte[] ed25519Raw(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - ED25519_KEY_BYTES, spki.length);
    }

    /** The 32-byte seed of an Ed25519 private key, whatever PKCS#8 version the provider encoded it in. */
    static byte[] ed25519Seed(PrivateKey key) throws GeneralSecurityException {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
            byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            if (seed.length != ED25519_KEY_BYTES) {
                throw new GeneralSecurityException("Ed25519 private key has " + seed.length + " bytes, expected 32");
            }
            return seed;
        } catch (IOException | IllegalArgumentException e) {
            throw new GeneralSecurityException("Ed25519 private key encoding is not PKCS#8", e);
        }
    }

    static PublicKey ed25519PublicFromSeed(byte[] seed) throws GeneralSecurityException {
        return ed25519Public(new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded());
    }

    static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    static boolean isP256(ECParameterSpec spec) throws GeneralSecurityException {
        ECParameterSpec p256 = p256();
        return spec.getCurve().equals(p256.getCurve()) && spec.getGenerator().equals(p256.getGenerator())
                && spec.getOrder().equals(p256.getOrder());
    }

    static ECPublicKey ecPublic(BigInteger x, BigInteger y) throws GeneralSecurityException {
        ECParameterSpec params = p256();
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        // refuse points off the curve (invalid-curve attacks) before the JDK sees them
        if (!curve.getCurve().createPoint(x, y).isValid()) {
            throw new GeneralSecurityException("EC point is not on P-256");
        }
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), params));
    }

    /** The public point d·G of a P-256 private key (PKCS#8 files need not carry it). */
    static ECPublicKey ecPublicFromPrivate(ECPrivateKey key) throws GeneralSecurityException {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier().multiply(curve.getG(), key.getS()).normalize();
        return ecPublic(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    }

    /** Big-endian unsigned bytes, left-padded to {@code length} (or minimal when {@code length} is 0). */
    static byte[] unsigned(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (length == 0 || bytes.length == length) {
            return bytes;
        }
        byte[] padded = new byte[length];
        System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
        return padded;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
