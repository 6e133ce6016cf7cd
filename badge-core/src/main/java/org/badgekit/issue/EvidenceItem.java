package org.badgekit.issue;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Evidence of the achievement, as the credential's {@code evidence} lists it: a URL, a narrative, and/or the SHA-256 digest
 * of an evidence file that is kept elsewhere (written as an RFC 6920 {@code ni:///sha-256;...} id when there is no URL, so
 * the file can later be shown to be the one that was assessed).
 *
 * @param url an absolute http(s) URL of the evidence, or null
 * @param narrative what the person did, Markdown, or null
 * @param name a short name of the evidence (e.g. the file name), or null
 * @param sha256 the SHA-256 digest of an evidence file (32 bytes), or null
 */
public record EvidenceItem(String url, String narrative, String name, byte[] sha256) {
    /** Checks that there is a URL, a narrative or a 32-byte digest, and copies the digest. */
    public EvidenceItem {
        if (url == null && narrative == null && sha256 == null) {
            throw new IllegalArgumentException("evidence needs a url, a narrative or a file digest");
        }
        if (sha256 != null) {
            if (sha256.length != 32) {
                throw new IllegalArgumentException("sha256 has " + sha256.length + " bytes, expected 32");
            }
            sha256 = sha256.clone();
        }
    }

    /** Evidence at a URL, with an optional narrative. */
    public static EvidenceItem of(String url, String narrative) {
        return new EvidenceItem(url, narrative, null, null);
    }

    /** The SHA-256 digest of the evidence file (a copy, so the record stays immutable), or null. */
    @Override
    public byte[] sha256() {
        return sha256 == null ? null : sha256.clone();
    }

    /** The digest as lower-case hex, or null. */
    public String sha256Hex() {
        return sha256 == null ? null : HexFormat.of().formatHex(sha256);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceItem that && Objects.equals(url, that.url) && Objects.equals(narrative, that.narrative)
                && Objects.equals(name, that.name) && java.util.Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, narrative, name, java.util.Arrays.hashCode(sha256));
    }

    @Override
    public String toString() {
        return "EvidenceItem[url=" + url + ", name=" + name + ", sha256=" + sha256Hex() + "]";
    }
}
