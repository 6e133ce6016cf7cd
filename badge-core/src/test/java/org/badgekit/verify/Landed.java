package org.badgekit.verify;

/**
 * Which parts from other packages are wired into the default {@link Verifier}: tests that need them skip with a clear
 * assumption until they are.
 */
final class Landed {
    private Landed() {}

    /** Data Integrity, VC-JWT and OB 2.0 JWS verification. */
    static final boolean PROOFS = false;
    /** The OB 3.0 JSON Schema validator. */
    static final boolean SCHEMA = false;
    /** JSON-LD safe mode. */
    static final boolean SAFE_MODE = false;
    /** Status lists. */
    static final boolean STATUS = true;
}
