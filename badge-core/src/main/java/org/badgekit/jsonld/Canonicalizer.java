package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;

/**
 * Turns a JSON-LD document into its RDFC-1.0 canonical N-Quads: one quad per line, each ending in {@code \n}, sorted, blank nodes
 * labelled {@code _:c14n0}, {@code _:c14n1}, ... Implementations are immutable and thread-safe.
 */
public interface Canonicalizer {

    /**
     * Canonicalizes {@code document} (a JSON object or array with its own {@code @context}).
     *
     * @throws BadgeException {@code INVALID_INPUT} when the document is not valid JSON-LD, a context cannot be loaded offline, or
     *     (in safe mode) a property or type would be dropped because no context defines it; the message names the term and its
     *     JSON pointer
     */
    String canonicalize(JsonNode document) throws BadgeException;

    /** Safe-mode RDFC-1.0 over the bundled contexts only. */
    static Canonicalizer rdfc() {
        return RdfcCanonicalizer.create(DocumentResolver.offline(), true);
    }

    /**
     * Safe-mode RDFC-1.0 over the bundled contexts plus those {@code extraContexts} supplies (each parsed once per canonicalizer).
     */
    static Canonicalizer rdfc(DocumentResolver extraContexts) {
        return RdfcCanonicalizer.create(extraContexts, true);
    }

    /**
     * RDFC-1.0 that silently drops undefined terms, as plain JSON-LD processors do. Only for comparing with other tools; never
     * for verification.
     */
    static Canonicalizer rdfcUnsafe(DocumentResolver extraContexts) {
        return RdfcCanonicalizer.create(extraContexts, false);
    }
}
