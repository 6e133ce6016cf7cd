package org.badgekit.sign;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * The JWS algorithm allow-list and the signer/verifier for each key type. Never {@code none}, never HMAC: a verifier that
 * took {@code HS256} would accept a token "signed" with the issuer's public key bytes as the secret.
 */
final class JwsAlgorithms {
    /** Accepted when verifying, in the order messages list them. */
    static final List<JWSAlgorithm> ALLOWED = List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.EdDSA);

    private JwsAlgorithms() {}

    /** The allowed algorithm named {@code alg}, or null. */
    static JWSAlgorithm allowed(String alg) {
        for (JWSAlgorithm candidate : ALLOWED) {
            if (candidate.getName().equals(alg)) {
                return candidate;
            }
        }
        return null;
    }

    static String allowedNames() {
        StringBuilder names = new StringBuilder();
        for (JWSAlgorithm candidate : ALLOWED) {
            names.append(names.length() == 0 ? "" : ", ").append(candidate.getName());
        }
        return names.toString();
    }

    /** Whether {@code alg} is made with keys of {@code type}. */
    static boolean fits(JWSAlgorithm alg, KeyType type) {
        switch (type) {
            case RSA:
                return JWSAlgorithm.Family.RSA.contains(alg);
            case P256:
                return JWSAlgorithm.ES256.equals(alg);
            case ED25519:
                return JWSAlgorithm.EdDSA.equals(alg);
            default:
                return false;
        }
    }

    /**
     * A signer for {@code key} with {@code alg}.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when the algorithm is not allowed or does not fit the key, {@code KEY_ERROR}
     *     when the key has no private part
     */
    static JWSSigner signer(IssuerKey key, JWSAlgorithm alg) throws BadgeException {
        if (alg == null || !ALLOWED.contains(alg) || !fits(alg, key.type())) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "alg " + (alg == null ? "null" : alg.getName())
                    + " does not fit a " + key.type().cliName() + " key; expected " + key.type().defaultJwsAlgorithm());
        }
        PrivateKey privateKey = key.privateKey().orElseThrow(() -> new BadgeException(BadgeException.Code.KEY_ERROR,
                "key " + key.thumbprint() + " has no private part and cannot sign"));
        try {
            switch (key.type()) {
                case RSA:
                    return new RSASSASigner(privateKey);
                case P256:
                    return new Es256Signer((ECPrivateKey) privateKey);
                case ED25519:
                    byte[] seed = ed25519Seed(privateKey);
                    try {
                        return new EdDsaSigner(seed);
                    } finally {
                        Arrays.fill(seed, (byte) 0);
                    }
                default:
                    throw new BadgeException(BadgeException.Code.INTERNAL, "unhandled key type " + key.type());
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot sign with key " + key.thumbprint() + ": " + e.getMessage(), e);
        }
    }

    /** A verifier for {@code key} with {@code alg}, or null when they do not fit together. */
    static JWSVerifier verifier(IssuerKey key, JWSAlgorithm alg) {
        if (!ALLOWED.contains(alg) || !fits(alg, key.type())) {
            return null;
        }
        try {
            switch (key.type()) {
                case RSA:
                    return new RSASSAVerifier((RSAPublicKey) key.publicKey());
                case P256:
                    return new Es256Verifier((ECPublicKey) key.publicKey());
                case ED25519:
                    byte[] spki = key.publicKey().getEncoded();
                    return new EdDsaVerifier(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
                default:
                    return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] ed25519Seed(PrivateKey key) throws GeneralSecurityException {
        try {
            return ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey()).getOctets();
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new GeneralSecurityException("Ed25519 private key is not PKCS#8", e);
        }
    }
}
