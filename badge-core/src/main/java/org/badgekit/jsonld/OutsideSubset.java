package org.badgekit.jsonld;

/**
 * A document (or context) uses JSON-LD that {@link DirectToRdf} does not handle itself; the canonicalizer then runs Titanium's
 * full expansion instead, which also produces every error message. Thrown often on purpose, so it carries no stack trace.
 */
final class OutsideSubset extends RuntimeException {
    OutsideSubset(String reason) {
        super(reason, null, false, false);
    }
}
