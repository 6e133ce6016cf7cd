package org.badgekit.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The Open Badges identity hash: {@code alg$hex(alg(identity + salt))}, alg sha256 or md5 (DIGEST §1.4, §3.4). */
final class RecipientHash {
    private RecipientHash() {}

    /** True when {@code hash} (either hex case) is the hash of {@code identity} with {@code salt} (may be null). */
    static boolean matches(String hash, String identity, String salt) {
        int dollar = hash.indexOf('$');
        if (dollar <= 0) {
            return false;
        }
        String alg = hash.substring(0, dollar).toLowerCase(Locale.ROOT);
        String digestName = switch (alg) {
            case "sha256" -> "SHA-256";
            case "md5" -> "MD5";
            default -> null;
        };
        if (digestName == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance(digestName)
                    .digest((identity + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            byte[] given = hash.substring(dollar + 1).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given);
        } catch (NoSuchAlgorithmException e) {
            // SHA-256 and MD5 are required of every Java platform
            throw new IllegalStateException(e);
        }
    }
}
