package org.badgekit.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * An issuer's key: its {@link KeyType}, its JCA public key and, when this side can sign, its JCA private key.
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the type and the RFC 7638 thumbprint, never private material; the
 * private half leaves this object only through {@link #privateKey()} and {@link #privateJwk()}.
 */
public final class IssuerKey {
    private final KeyType type;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;
    private final String thumbprint;

    private IssuerKey(KeyType type, PublicKey publicKey, PrivateKey privateKey) {
        this.type = Objects.requireNonNull(type, "type");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.privateKey = privateKey;
        this.thumbprint = computeThumbprint(JwkCodec.publicJwk(type, publicKey));
    }

    /**
     * Generates a fresh key.
     *
     * @param rsaBits 2048 or 3072 for {@link KeyType#RSA}; ignored for the other types
     * @throws BadgeException {@code INVALID_ARGUMENT} for another RSA size, {@code KEY_ERROR} when the platform cannot generate
     */
    public static IssuerKey generate(KeyType type, int rsaBits) throws BadgeException {
        try {
            KeyPairGenerator generator;
            switch (type) {
                case ED25519:
                    generator = KeyPairGenerator.getInstance("Ed25519");
                    break;
                case RSA:
                    if (rsaBits != 2048 && rsaBits != 3072) {
                        throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                                "RSA key size " + rsaBits + " is not one of 2048, 3072");
                    }
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(new RSAKeyGenParameterSpec(rsaBits, RSAKeyGenParameterSpec.F4), new SecureRandom());
                    break;
                case P256:
                    generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
                    break;
                default:
                    throw new BadgeException(BadgeException.Code.INTERNAL, "unhandled key type " + type);
            }
            return of(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot generate a " + type.cliName() + " key: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps a JCA key pair (Ed25519, RSA with a CRT private key, or P-256).
     *
     * @throws BadgeException {@code UNSUPPORTED} for other algorithms or curves
     */
    public static IssuerKey of(KeyPair pair) throws BadgeException {
        Objects.requireNonNull(pair, "pair");
        KeyType type = typeOf(pair.getPublic());
        PrivateKey priv = pair.getPrivate();
        if (priv != null && typeOf(priv) != type) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "private key algorithm " + priv.getAlgorithm()
                    + " does not match public key algorithm " + pair.getPublic().getAlgorithm());
        }
        return new IssuerKey(type, pair.getPublic(), priv);
    }

    /**
     * Wraps a JCA public key (verification only).
     *
     * @throws BadgeException {@code UNSUPPORTED} for algorithms other than Ed25519, RSA and P-256
     */
    public static IssuerKey ofPublic(PublicKey publicKey) throws BadgeException {
        return new IssuerKey(typeOf(publicKey), publicKey, null);
    }

    /**
     * Reads a JWK (public or private). For Ed25519 a 64-byte {@code d} (seed || public key, as some JavaScript tools write it)
     * is accepted and its first 32 bytes taken as the seed.
     *
     * @throws BadgeException {@code KEY_ERROR} naming the member that is missing or wrong
     */
    public static IssuerKey fromJwk(JsonNode jwk) throws BadgeException {
        return JwkCodec.read(jwk);
    }

    /**
     * Decodes an Ed25519 {@code publicKeyMultibase} ({@code z6Mk...}: base58btc of {@code 0xed01 || key}), as used by did:key
     * and Multikey.
     *
     * @throws BadgeException {@code KEY_ERROR} when the value is not an Ed25519 Multikey
     */
    public static IssuerKey fromPublicKeyMultibase(String multibase) throws BadgeException {
        byte[] raw;
        try {
            raw = Multibase.decodeEd25519PublicKey(multibase);
        } catch (BadgeException e) {
            throw e.code() == BadgeException.Code.KEY_ERROR ? e
                    : new BadgeException(BadgeException.Code.KEY_ERROR, "publicKeyMultibase is not an Ed25519 key: " + e.getMessage(), e);
        }
        try {
            return ofPublic(KeyEncodings.ed25519Public(raw));
        } catch (GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "publicKeyMultibase is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    static IssuerKey create(KeyType type, PublicKey publicKey, PrivateKey privateKey) {
        return new IssuerKey(type, publicKey, privateKey);
    }

    /** Ed25519, RSA or P-256. */
    public KeyType type() {
        return type;
    }

    /** The JCA public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The private key, when this is a signing key. */
    public Optional<PrivateKey> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    /** True when this key can sign. */
    public boolean hasPrivateKey() {
        return privateKey != null;
    }

    /** The same key without its private half. */
    public IssuerKey publicOnly() {
        return privateKey == null ? this : new IssuerKey(type, publicKey, null);
    }

    /** The public JWK: {@code kty}, {@code crv}/{@code x}/{@code y} or {@code n}/{@code e}; never private members. */
    public ObjectNode publicJwk() {
        return JwkCodec.publicJwk(type, publicKey);
    }

    /** The public JWK with {@code kid}, {@code alg} and {@code use: sig} added (what a JWKS or DID document lists). */
    public ObjectNode publicJwk(String kid) {
        ObjectNode jwk = publicJwk();
        if (kid != null) {
            jwk.put("kid", kid);
        }
        jwk.put("alg", type.defaultJwsAlgorithm());
        jwk.put("use", "sig");
        return jwk;
    }

    /**
     * The private JWK, for writing a key file. Handle with care: it holds secret material.
     *
     * @throws BadgeException {@code KEY_ERROR} when this is a public key only
     */
    public ObjectNode privateJwk() throws BadgeException {
        if (privateKey == null) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "key " + thumbprint + " has no private part");
        }
        return JwkCodec.privateJwk(type, publicKey, privateKey);
    }

    /** The RFC 7638 JWK thumbprint (SHA-256, base64url): a stable, public id of the key. */
    public String thumbprint() {
        return thumbprint;
    }

    /** For Ed25519 keys, the Multikey {@code publicKeyMultibase} ({@code z6Mk...}). */
    public Optional<String> publicKeyMultibase() {
        return type == KeyType.ED25519 ? Optional.of(Multibase.encodeEd25519PublicKey(KeyEncodings.ed25519Raw(publicKey)))
                : Optional.empty();
    }

    /** For Ed25519 keys, the did:key DID ({@code did:key:z6Mk...}). */
    public Optional<String> didKey() {
        return publicKeyMultibase().map(mb -> "did:key:" + mb);
    }

    /** True when both are the same public key (compared by thumbprint). */
    public boolean samePublicKey(IssuerKey other) {
        return other != null && thumbprint.equals(other.thumbprint);
    }

    /** Names the type and thumbprint only; never key material. */
    @Override
    public String toString() {
        return "IssuerKey[" + type.cliName() + ", thumbprint " + thumbprint + (privateKey != null ? ", with private key]" : ", public]");
    }

    static KeyType typeOf(java.security.Key key) throws BadgeException {
        if (key instanceof RSAPublicKey || key instanceof RSAPrivateCrtKey) {
            return KeyType.RSA;
        }
        try {
            if (key instanceof ECPublicKey && KeyEncodings.isP256(((ECPublicKey) key).getParams())
                    || key instanceof ECPrivateKey && KeyEncodings.isP256(((ECPrivateKey) key).getParams())) {
                return KeyType.P256;
            }
        } catch (GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot read EC curve parameters: " + e.getMessage(), e);
        }
        String algorithm = key.getAlgorithm();
        if ("Ed25519".equalsIgnoreCase(algorithm) || "EdDSA".equalsIgnoreCase(algorithm) && key.getEncoded() != null
                && isEd25519Encoding(key.getEncoded())) {
            return KeyType.ED25519;
        }
        throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                "key algorithm " + algorithm + " is not supported; expected Ed25519, RSA or EC P-256");
    }

    private static boolean isEd25519Encoding(byte[] der) {
        // OID 1.3.101.112 = 06 03 2b 65 70
        for (int i = 0; i + 4 < der.length; i++) {
            if (der[i] == 0x06 && der[i + 1] == 0x03 && der[i + 2] == 0x2b && der[i + 3] == 0x65 && der[i + 4] == 0x70) {
                return true;
            }
        }
        return false;
    }

    private static String computeThumbprint(ObjectNode jwk) {
        // RFC 7638: the required members only, in lexicographic order, no whitespace
        ObjectNode canonical = JsonCodec.mapper().createObjectNode();
        String[] members;
        switch (jwk.path("kty").asText()) {
            case "RSA":
                members = new String[] {"e", "kty", "n"};
                break;
            case "EC":
                members = new String[] {"crv", "kty", "x", "y"};
                break;
            default:
                members = new String[] {"crv", "kty", "x"};
        }
        for (String member : members) {
            canonical.put(member, jwk.path(member).asText());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JsonCodec.write(canonical).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
