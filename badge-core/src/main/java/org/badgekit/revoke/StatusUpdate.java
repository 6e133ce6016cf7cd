package org.badgekit.revoke;

import java.time.Instant;
import java.util.Objects;

/**
 * What a revoke, suspend or unsuspend did.
 *
 * @param target the badge
 * @param change the change asked for
 * @param changed false when the badge already was in that state (nothing was written)
 * @param at when the badge entered that state (now when changed; the original time otherwise, or null when unknown)
 * @param reason the reason recorded (the original one when not changed), or null
 */
public record StatusUpdate(BadgeTarget target, StatusChange change, boolean changed, Instant at, String reason) {
    /** Checks that target and change are given. */
    public StatusUpdate {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(change, "change");
    }

    /** One line for a terminal, e.g. {@code urn:uuid:... revoked (reason: left the programme)}. */
    public String describe() {
        String state = switch (change) {
            case REVOKED -> "revoked";
            case SUSPENDED -> "suspended";
            case UNSUSPENDED -> "not suspended";
        };
        StringBuilder line = new StringBuilder(target.id()).append(changed ? " " : " already ").append(state);
        if (!changed && at != null && change != StatusChange.UNSUSPENDED) {
            line.append(" since ").append(at);
        }
        if (reason != null) {
            line.append(" (reason: ").append(reason).append(')');
        }
        return line.toString();
    }
}
