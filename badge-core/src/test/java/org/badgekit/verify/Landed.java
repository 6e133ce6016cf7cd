package org.badgekit.verify;

/**
 * Which parts from other packages are wired into the default {@link Verifier}: tests that need them skip with a clear
 * assumption until they are.
 */
final class Landed {
    private Landed() {}

    /** Data Integrity proof verification (jsonld-di). */
    static final boolean PROOFS = true;
    /** VC-JWT and OB 2.0 JWS verification (keys-jwt). */
    static final boolean JWT = false;
    /** The OB 3.0 JSON Schema validator. */
    static final boolean SCHEMA = true;
    /** JSON-LD safe mode. */
    static final boolean SAFE_MODE = true;
    /** Status lists. */
    static final boolean STATUS = true;
}
