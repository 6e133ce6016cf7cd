package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Remembers the SHA-256 of the last canonical proof configuration. Credentials issued in the same second by the same key share
 * their proof configuration exactly ({@code @context}, type, cryptosuite, created to the second, verification method,
 * purpose), so a batch canonicalizes it about once a second instead of once per credential. The key is the whole
 * configuration, compared as JSON (deep equality); canonicalization is a pure function of it, so a hit returns exactly what
 * recomputing would. Thread-safe: one volatile reference to an immutable entry.
 */
final class ProofConfigMemo {
    private record Entry(ObjectNode config, byte[] hash) {}

    private volatile Entry last;

    /** The remembered hash of {@code config} (a copy), or null. */
    byte[] get(ObjectNode config) {
        Entry entry = last;
        return entry != null && entry.config().equals(config) ? entry.hash().clone() : null;
    }

    void put(ObjectNode config, byte[] hash) {
        last = new Entry(config.deepCopy(), hash.clone());
    }
}
