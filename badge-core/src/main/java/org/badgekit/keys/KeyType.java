package org.badgekit.keys;

import java.util.Locale;
import org.badgekit.BadgeException;

/** The key types the library issues with; each knows the JWS algorithm it signs with by default. */
public enum KeyType {
    /** Ed25519 (RFC 8032), JWK {@code kty: OKP}; signs EdDSA JWS and eddsa-rdfc-2022 proofs. */
    ED25519("ed25519", "EdDSA"),
    /** RSA (2048 or 3072 bits), JWK {@code kty: RSA}; signs RS256, the OB 3.0 VC-JWT baseline and the OB 2.0 algorithm. */
    RSA("rsa", "RS256"),
    /** NIST P-256 (secp256r1), JWK {@code kty: EC, crv: P-256}; signs ES256. */
    P256("p256", "ES256");

    private final String cliName;
    private final String defaultJwsAlgorithm;

    KeyType(String cliName, String defaultJwsAlgorithm) {
        this.cliName = cliName;
        this.defaultJwsAlgorithm = defaultJwsAlgorithm;
    }

    /** The name used on the command line: {@code ed25519}, {@code rsa} or {@code p256}. */
    public String cliName() {
        return cliName;
    }

    /** The JWS {@code alg} this key signs with unless told otherwise. */
    public String defaultJwsAlgorithm() {
        return defaultJwsAlgorithm;
    }

    /**
     * Parses a command-line name ({@code ed25519}, {@code rsa}, {@code p256}; case-insensitive; {@code p-256} accepted).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} for any other name
     */
    public static KeyType parse(String name) throws BadgeException {
        String normalized = name == null ? "" : name.toLowerCase(Locale.ROOT).replace("-", "");
        for (KeyType type : values()) {
            if (type.cliName.equals(normalized)) {
                return type;
            }
        }
        throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                "key type '" + name + "' is not one of ed25519, rsa, p256");
    }
}
