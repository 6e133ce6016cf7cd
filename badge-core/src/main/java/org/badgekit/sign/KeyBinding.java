package org.badgekit.sign;

/**
 * Whether the key that verified a signature belongs to the credential's issuer, reported apart from the signature itself.
 */
public enum KeyBinding {
    /** The issuer's own documents (its DID document, did:key, or its profile's listed keys) confirm the key. */
    BOUND,
    /**
     * The key came from a token header or from a document that could not be resolved: a warning by default, a failure under a
     * strict policy. OB 3.0 lets a {@code jwk} travel in the JWT header, so this must not break such badges.
     */
    UNCONFIRMED,
    /** The issuer's resolved documents do not list the key or name another controller: always a failure. */
    CONTRADICTED
}
