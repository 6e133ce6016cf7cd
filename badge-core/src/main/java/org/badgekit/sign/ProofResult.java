package org.badgekit.sign;

import java.util.Objects;

/**
 * The outcome of checking one proof (an embedded Data Integrity proof, a VC-JWT, an OB 2.0 JWS).
 *
 * @param suite what was checked, e.g. {@code eddsa-rdfc-2022}, {@code Ed25519Signature2020}, {@code RS256}
 * @param signatureValid true when the signature verifies with the key found
 * @param binding whether that key is the issuer's
 * @param verificationMethod the key's id (verificationMethod, kid, creator), or {@code null} when none was given
 * @param message one sentence saying what was found: the reason when something failed, a warning when legacy
 * @param legacy true for suites accepted with a warning (Ed25519Signature2020, eddsa-2022)
 */
public record ProofResult(String suite, boolean signatureValid, KeyBinding binding, String verificationMethod, String message,
        boolean legacy) {
    /** Validates the components. */
    public ProofResult {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(message, "message");
    }
}
