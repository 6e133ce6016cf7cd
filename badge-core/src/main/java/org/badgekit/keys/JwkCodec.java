package org.badgekit.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/** JWK (RFC 7517/7518/8037) reading and writing for the three key types. */
final class JwkCodec {
    /** Members that only a private JWK carries (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
    static final String[] PRIVATE_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JwkCodec() {}

    static ObjectNode publicJwk(KeyType type, PublicKey key) {
        ObjectNode jwk = JsonCodec.mapper().createObjectNode();
        switch (type) {
            case ED25519:
                jwk.put("kty", "OKP");
                jwk.put("crv", "Ed25519");
                jwk.put("x", B64.encodeToString(KeyEncodings.ed25519Raw(key)));
                break;
            case RSA:
                RSAPublicKey rsa = (RSAPublicKey) key;
                jwk.put("kty", "RSA");
                jwk.put("n", b64(rsa.getModulus(), 0));
                jwk.put("e", b64(rsa.getPublicExponent(), 0));
                break;
            case P256:
                ECPublicKey ec = (ECPublicKey) key;
                jwk.put("kty", "EC");
                jwk.put("crv", "P-256");
                jwk.put("x", b64(ec.getW().getAffineX(), KeyEncodings.P256_COORDINATE_BYTES));
                jwk.put("y", b64(ec.getW().getAffineY(), KeyEncodings.P256_COORDINATE_BYTES));
                break;
            default:
                throw new IllegalStateException("unhandled key type " + type);
        }
        return jwk;
    }

    static ObjectNode privateJwk(KeyType type, PublicKey publicKey, PrivateKey privateKey) throws BadgeException {
        ObjectNode jwk = publicJwk(type, publicKey);
        switch (type) {
            case ED25519:
                try {
                    byte[] seed = KeyEncodings.ed25519Seed(privateKey);
                    jwk.put("d", B64.encodeToString(seed));
                    Arrays.fill(seed, (byte) 0);
                } catch (GeneralSecurityException e) {
                    throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot export the Ed25519 private key: " + e.getMessage(), e);
                }
                break;
            case RSA:
                if (!(privateKey instanceof RSAPrivateCrtKey)) {
                    throw new BadgeException(BadgeException.Code.KEY_ERROR, "RSA private key has no CRT parameters to export");
                }
                RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) privateKey;
                jwk.put("d", b64(rsa.getPrivateExponent(), 0));
                jwk.put("p", b64(rsa.getPrimeP(), 0));
                jwk.put("q", b64(rsa.getPrimeQ(), 0));
                jwk.put("dp", b64(rsa.getPrimeExponentP(), 0));
                jwk.put("dq", b64(rsa.getPrimeExponentQ(), 0));
                jwk.put("qi", b64(rsa.getCrtCoefficient(), 0));
                break;
            case P256:
                jwk.put("d", b64(((ECPrivateKey) privateKey).getS(), KeyEncodings.P256_COORDINATE_BYTES));
                break;
            default:
                throw new IllegalStateException("unhandled key type " + type);
        }
        return jwk;
    }

    static IssuerKey read(JsonNode jwk) throws BadgeException {
        if (jwk == null || !jwk.isObject()) {
            throw error("JWK is not a JSON object");
        }
        String kty = text(jwk, "kty");
        try {
            switch (kty) {
                case "OKP":
                    return readOkp(jwk);
                case "RSA":
                    return readRsa(jwk);
                case "EC":
                    return readEc(jwk);
                default:
                    throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                            "JWK kty '" + kty + "' is not supported; expected OKP (Ed25519), RSA or EC (P-256)");
            }
        } catch (GeneralSecurityException e) {
            throw error("JWK " + kty + " key is invalid: " + e.getMessage());
        }
    }

    private static IssuerKey readOkp(JsonNode jwk) throws BadgeException, GeneralSecurityException {
        String crv = text(jwk, "crv");
        if (!"Ed25519".equals(crv)) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "JWK OKP crv '" + crv + "' is not supported; expected Ed25519");
        }
        byte[] x = bytes(jwk, "x");
        PublicKey publicKey = KeyEncodings.ed25519Public(x);
        PrivateKey privateKey = null;
        if (jwk.has("d")) {
            byte[] d = bytes(jwk, "d");
            // some JavaScript libraries store the 64-byte libsodium secret (seed || public key)
            byte[] seed = d.length == 64 ? Arrays.copyOf(d, 32) : d;
            if (seed.length != 32) {
                throw error("JWK Ed25519 member d has " + d.length + " bytes, expected 32 (or 64)");
            }
            if (!Arrays.equals(KeyEncodings.ed25519Raw(KeyEncodings.ed25519PublicFromSeed(seed)), x)) {
                throw error("JWK Ed25519 members d and x do not belong to the same key");
            }
            privateKey = KeyEncodings.ed25519Private(seed);
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(d, (byte) 0);
        }
        return IssuerKey.create(KeyType.ED25519, publicKey, privateKey);
    }

    private static IssuerKey readRsa(JsonNode jwk) throws BadgeException, GeneralSecurityException {
        BigInteger n = integer(jwk, "n");
        BigInteger e = integer(jwk, "e");
        if (n.bitLength() < 2048) {
            throw error("JWK RSA modulus has " + n.bitLength() + " bits, expected at least 2048");
        }
        KeyFactory factory = KeyFactory.getInstance("RSA");
        PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(n, e));
        PrivateKey privateKey = null;
        if (jwk.has("d")) {
            for (String member : new String[] {"p", "q", "dp", "dq", "qi"}) {
                if (!jwk.has(member)) {
                    throw error("JWK RSA private key lacks member " + member + " (CRT parameters are required)");
                }
            }
            privateKey = factory.generatePrivate(new RSAPrivateCrtKeySpec(n, e, integer(jwk, "d"), integer(jwk, "p"),
                    integer(jwk, "q"), integer(jwk, "dp"), integer(jwk, "dq"), integer(jwk, "qi")));
        }
        return IssuerKey.create(KeyType.RSA, publicKey, privateKey);
    }

    private static IssuerKey readEc(JsonNode jwk) throws BadgeException, GeneralSecurityException {
        String crv = text(jwk, "crv");
        if (!"P-256".equals(crv)) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "JWK EC crv '" + crv + "' is not supported; expected P-256");
        }
        ECPublicKey publicKey = KeyEncodings.ecPublic(integer(jwk, "x"), integer(jwk, "y"));
        PrivateKey privateKey = null;
        if (jwk.has("d")) {
            privateKey = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(integer(jwk, "d"), KeyEncodings.p256()));
            if (!KeyEncodings.ecPublicFromPrivate((ECPrivateKey) privateKey).getW().equals(publicKey.getW())) {
                throw error("JWK EC members d and x/y do not belong to the same key");
            }
        }
        return IssuerKey.create(KeyType.P256, publicKey, privateKey);
    }

    /** True when the JWK carries any private member. */
    static boolean hasPrivateMembers(JsonNode jwk) {
        for (String member : PRIVATE_MEMBERS) {
            if (jwk.has(member)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode jwk, String member) throws BadgeException {
        JsonNode value = jwk.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw error("JWK member " + member + " is missing or not a string");
        }
        return value.asText();
    }

    private static byte[] bytes(JsonNode jwk, String member) throws BadgeException {
        try {
            return Base64.getUrlDecoder().decode(text(jwk, member));
        } catch (IllegalArgumentException e) {
            throw error("JWK member " + member + " is not base64url");
        }
    }

    private static BigInteger integer(JsonNode jwk, String member) throws BadgeException {
        return new BigInteger(1, bytes(jwk, member));
    }

    private static String b64(BigInteger value, int length) {
        return B64.encodeToString(KeyEncodings.unsigned(value, length));
    }

    private static BadgeException error(String message) {
        return new BadgeException(BadgeException.Code.KEY_ERROR, message);
    }
}
