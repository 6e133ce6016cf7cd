package org.badgekit.revoke;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.json.JsonCodec;

/**
 * A badge's state according to the issuer workspace.
 *
 * @param target the badge
 * @param state issued (neither revoked nor suspended), revoked or suspended; revoked wins over suspended
 * @param since when it entered that state (for {@link State#ISSUED} the ledger's issue time, or null when not in the ledger)
 * @param reason the reason recorded for a revocation or suspension, or null
 * @param issued the ledger entry, or null when the badge is not in the ledger (e.g. named by a file issued elsewhere)
 * @param history every status change logged for the badge, oldest first
 */
public record BadgeStatus(BadgeTarget target, State state, Instant since, String reason, LedgerEntry issued,
        List<StatusEvent> history) {

    /** The states a badge can be in. */
    public enum State {
        /** Issued and in force. */
        ISSUED,
        /** Suspended: not valid until the suspension is lifted. */
        SUSPENDED,
        /** Revoked for good. */
        REVOKED;

        /** Lower-case name, as printed and in JSON. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks that target and state are given and copies the history. */
    public BadgeStatus {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
    }

    /** The status as one JSON object: id, format, state, since, reason, badge, issuedAt, history. */
    public ObjectNode toJson() {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", target.id());
        node.put("format", target.ob3() ? "ob3" : "ob2");
        node.put("state", state.value());
        if (since != null) {
            node.put("since", since.toString());
        }
        if (reason != null) {
            node.put("reason", reason);
        }
        if (issued != null) {
            node.put("badge", issued.badge());
            node.put("version", issued.version());
            node.put("issuedAt", issued.issuedAt().toString());
        }
        ArrayNode events = node.putArray("history");
        history.forEach(event -> events.add(event.toJson()));
        return node;
    }

    /** Lines for a terminal. */
    public List<String> describe() {
        StringBuilder first = new StringBuilder(target.id()).append(": ").append(state.value());
        if (since != null) {
            first.append(" since ").append(since.truncatedTo(ChronoUnit.SECONDS));
        }
        if (reason != null) {
            first.append(" (reason: ").append(reason).append(')');
        }
        List<String> lines = new ArrayList<>();
        lines.add(first.toString());
        if (issued != null) {
            lines.add("  issued " + issued.issuedAt().truncatedTo(ChronoUnit.SECONDS) + ": " + issued.badge()
                    + " v" + issued.version()
                    + (issued.ref() != null ? ", ref " + issued.ref() : ""));
        }
        for (StatusEvent event : history) {
            lines.add("  " + event.change().value() + " " + event.at() + (event.reason() != null ? ": " + event.reason() : ""));
        }
        return lines;
    }
}
