package org.badgekit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recipient identity hashing, the same for OB 2.0 ({@code recipient.identity}) and OB 3.0 ({@code identityHash}):
 * {@code "sha256$" + hex(sha256(UTF-8(identity + salt)))}, identity first, no separator.
 *
 * <p>Issuing: e-mail addresses are trimmed and lower-cased before hashing ({@link #normalizeEmail}), each credential gets its
 * own random salt of {@value #SALT_BYTES} bytes ({@link #newSalt}), and the digest is written in lower-case hex. Verifying
 * ({@link #matches}): the candidate is tried as typed, trimmed, and lower-cased; the digest's hex is compared ignoring case;
 * {@code md5$} hashes (OB 2.0) are accepted.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#identityobject">OB 3.0 IdentityObject</a> and
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#IdentityObject">OB 2.0 IdentityObject</a>.
 */
public final class IdentityHash {
    /** Salt length in bytes for new hashes (written as 32 hex characters). */
    public static final int SALT_BYTES = 16;

    /** The hash algorithms an IdentityHash may name. */
    public enum Algorithm {
        /** {@code sha256$}: what this library writes. */
        SHA256("sha256", "SHA-256"),
        /** {@code md5$}: accepted when verifying OB 2.0 badges, never written. */
        MD5("md5", "MD5");

        private final String prefix;
        private final String jcaName;

        Algorithm(String prefix, String jcaName) {
            this.prefix = prefix;
            this.jcaName = jcaName;
        }

        /** The prefix before {@code $}, e.g. {@code sha256}. */
        public String prefix() {
            return prefix;
        }

        /** The algorithm an IdentityHash names, if it names a known one ({@code sha256$...}, {@code MD5$...}). */
        public static Optional<Algorithm> of(String identityHash) {
            int dollar = identityHash.indexOf('$');
            if (dollar < 0) {
                return Optional.empty();
            }
            String prefix = identityHash.substring(0, dollar).toLowerCase(Locale.ROOT);
            for (Algorithm algorithm : values()) {
                if (algorithm.prefix.equals(prefix)) {
                    return Optional.of(algorithm);
                }
            }
            return Optional.empty();
        }
    }

    /** A hashed identity and the salt it was hashed with, ready for an IdentityObject. */
    public record Salted(String identityHash, String salt) {
        /** Both values are required. */
        public Salted {
            Objects.requireNonNull(identityHash, "identityHash");
            Objects.requireNonNull(salt, "salt");
        }
    }

    private IdentityHash() {}

    /** {@code sha256$<hex>} of {@code identity + salt} (salt may be null: unsalted). */
    public static String sha256(String identity, String salt) {
        return hash(Algorithm.SHA256, identity, salt);
    }

    /** {@code <alg>$<lower-case hex>} of {@code identity + salt} (salt may be null: unsalted). */
    public static String hash(Algorithm algorithm, String identity, String salt) {
        Objects.requireNonNull(identity, "identity");
        String input = salt == null ? identity : identity + salt;
        return algorithm.prefix + "$" + HexFormat.of().formatHex(digest(algorithm, input));
    }

    /** A fresh salt: {@value #SALT_BYTES} random bytes as lower-case hex. */
    public static String newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** An e-mail address as issuers hash it: trimmed and lower-cased. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Hashes an e-mail address for a new credential: normalized, with a fresh salt. */
    public static Salted hashEmail(String email, SecureRandom random) {
        String salt = newSalt(random);
        return new Salted(sha256(normalizeEmail(email), salt), salt);
    }

    /**
     * Whether {@code candidate} (e.g. an e-mail address a verifier was given) is the identity behind {@code identityHash}.
     * Tries the candidate as typed, trimmed, and lower-cased. False for an unknown algorithm or a malformed hash.
     *
     * @param salt the salt from the IdentityObject; null if it has none
     */
    public static boolean matches(String identityHash, String salt, String candidate) {
        Objects.requireNonNull(identityHash, "identityHash");
        Objects.requireNonNull(candidate, "candidate");
        Optional<Algorithm> algorithm = Algorithm.of(identityHash);
        if (algorithm.isEmpty()) {
            return false;
        }
        byte[] expected = expectedDigest(identityHash);
        if (expected == null) {
            return false;
        }
        Set<String> variants = new LinkedHashSet<>();
        variants.add(candidate);
        variants.add(candidate.trim());
        variants.add(normalizeEmail(candidate));
        boolean found = false;
        for (String variant : variants) {
            byte[] actual = digest(algorithm.get(), salt == null ? variant : variant + salt);
            // constant time per comparison: the hash is public, but the habit costs nothing
            found |= MessageDigest.isEqual(expected, actual);
        }
        return found;
    }

    private static byte[] expectedDigest(String identityHash) {
        String hex = identityHash.substring(identityHash.indexOf('$') + 1);
        try {
            return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] digest(Algorithm algorithm, String input) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName).digest(input.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // SHA-256 and MD5 are required of every Java platform
            throw new IllegalStateException(algorithm.jcaName + " is not available", e);
        }
    }
}
