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

    // equals and hashCode written out: the generated ones link an invokedynamic call site on first use, a few milliseconds
    // that every cold `badge verify` paid when the validator de-duplicates its problems

    /** Equal when pointer and message are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaProblem that && pointer.equals(that.pointer) && message.equals(that.message);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return 31 * pointer.hashCode() + message.hashCode();
    }

    /** "pointer: message", with {@code /} for the root. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
