package org.badgekit.sign;

import java.util.Objects;

/**
 * What dereferencing a verification method produced.
 *
 * @param publicKey the raw Ed25519 public key, or {@code null} when none could be obtained
 * @param binding whether the issuer's documents confirm the key
 * @param note one sentence on how the key was found or why it was not
 */
record ResolvedKey(byte[] publicKey, KeyBinding binding, String note) {
    ResolvedKey {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(note, "note");
        publicKey = publicKey == null ? null : publicKey.clone();
    }

    static ResolvedKey unavailable(String note) {
        return new ResolvedKey(null, KeyBinding.UNCONFIRMED, note);
    }

    @Override
    public byte[] publicKey() {
        return publicKey == null ? null : publicKey.clone();
    }
}
