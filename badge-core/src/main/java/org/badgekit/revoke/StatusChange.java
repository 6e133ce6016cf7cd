package org.badgekit.revoke;

import java.util.Optional;

/** What a status-log line records: a badge was revoked, suspended, or its suspension was lifted. */
public enum StatusChange {
    /** Permanently revoked. */
    REVOKED("revoked"),
    /** Suspended until lifted. */
    SUSPENDED("suspended"),
    /** A suspension was lifted. */
    UNSUSPENDED("unsuspended");

    private final String value;

    StatusChange(String value) {
        this.value = value;
    }

    /** The word written to the log, e.g. {@code revoked}. */
    public String value() {
        return value;
    }

    /** The change named by {@code value}, or empty. */
    public static Optional<StatusChange> parse(String value) {
        for (StatusChange change : values()) {
            if (change.value.equals(value)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
