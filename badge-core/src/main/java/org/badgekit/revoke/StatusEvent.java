package org.badgekit.revoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * One line of the status log: a change to one badge's status.
 *
 * @param at when it changed (whole seconds, UTC)
 * @param credentialId the credential or assertion id
 * @param change what happened
 * @param reason the reason given, or null
 * @param listUrl the status list (or OB 2.0 revocation list) URL the change was recorded in
 * @param index the bit index in that list, or null for an OB 2.0 revocation list
 */
public record StatusEvent(Instant at, String credentialId, StatusChange change, String reason, String listUrl, Integer index) {
    /** Checks the required components: time, credential id, change and list URL. */
    public StatusEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(listUrl, "listUrl");
    }

    /** The event as one compact JSON object. */
    public ObjectNode toJson() {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("at", at.toString()).put("id", credentialId).put("change", change.value());
        if (reason != null) {
            node.put("reason", reason);
        }
        node.put("list", listUrl);
        if (index != null) {
            node.put("index", index.intValue());
        }
        return node;
    }

    /**
     * Reads an event written by {@link #toJson()}.
     *
     * @param source names the line in messages, e.g. {@code state/status-log.jsonl:3}
     * @throws BadgeException {@code MALFORMED_INPUT} naming the source and the bad member
     */
    public static StatusEvent parse(String source, JsonNode node) throws BadgeException {
        if (!node.isObject()) {
            throw malformed(source, "expected a JSON object");
        }
        StatusChange change = StatusChange.parse(node.path("change").asText(null))
                .orElseThrow(() -> malformed(source, "member 'change' must be revoked, suspended or unsuspended"));
        JsonNode index = node.get("index");
        if (index != null && !index.canConvertToInt()) {
            throw malformed(source, "member 'index' must be an integer");
        }
        JsonNode reason = node.get("reason");
        try {
            return new StatusEvent(Instant.parse(text(source, node, "at")), text(source, node, "id"), change,
                    reason == null || reason.isNull() ? null : reason.asText(), text(source, node, "list"),
                    index == null ? null : index.asInt());
        } catch (DateTimeParseException e) {
            throw malformed(source, "member 'at' is not an ISO-8601 instant");
        }
    }

    private static String text(String source, JsonNode node, String name) throws BadgeException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw malformed(source, "member '" + name + "' must be a string");
        }
        return value.asText();
    }

    private static BadgeException malformed(String source, String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": status log entry: " + message, source, null);
    }
}
