package org.badgekit.model.ob3;

import java.util.Objects;

/**
 * One way a document breaks the OB 3.0 JSON Schema: where (a JSON pointer into the document, {@code ""} for the root) and
 * what ("required property 'validFrom' not found").
 *
 * @param pointer RFC 6901 JSON pointer of the offending value, e.g. {@code /issuer/type}
 * @param message what is wrong, one sentence
 */
public record SchemaProblem(String pointer, String message) {
    /** Both parts are required. */
    public SchemaProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** "pointer: message", with {@code /} for the root. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
