package org.badgekit.status;

import java.util.Optional;

/** The status purposes this library allocates, records and checks: revocation (irreversible) and suspension (reversible). */
public enum StatusPurpose {
    /** Permanent: once set, a revocation bit is never cleared. */
    REVOCATION("revocation"),
    /** Temporary: a suspension bit may be set and cleared again. */
    SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The JSON value, e.g. {@code revocation}. */
    public String value() {
        return value;
    }

    /** The purpose named by a JSON {@code statusPurpose} value, or empty for other purposes ({@code refresh}, {@code message}). */
    public static Optional<StatusPurpose> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (StatusPurpose purpose : values()) {
            if (purpose.value.equals(value)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    /** True when the bit may be cleared again. */
    public boolean reversible() {
        return this == SUSPENSION;
    }

    @Override
    public String toString() {
        return value;
    }
}
