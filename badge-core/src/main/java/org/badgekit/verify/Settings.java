package org.badgekit.verify;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.badgekit.resolve.DocumentResolver;

/** A verifier's immutable configuration, shared read-only by every verification it runs. */
record Settings(DocumentResolver resolver, Clock clock, Duration skew, boolean strict, Set<String> trustedIssuers,
        String recipientEmail, Pieces pieces) {
    /** How deep embedded endorsements are followed (an endorsement of an endorsement is checked; deeper ones are not). */
    static final int MAX_ENDORSEMENT_DEPTH = 2;

    Settings {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(skew, "skew");
        trustedIssuers = Set.copyOf(trustedIssuers);
        Objects.requireNonNull(pieces, "pieces");
    }
}
