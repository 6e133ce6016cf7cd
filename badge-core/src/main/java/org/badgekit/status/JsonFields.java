package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the few loosely-typed JSON-LD shapes that status checking meets (string or array, string or object with id). */
final class JsonFields {
    private JsonFields() {}

    /** {@code issuer} as a string, or the {@code id} of an issuer object. */
    static Optional<String> issuerId(JsonNode document) {
        JsonNode issuer = document.path("issuer");
        if (issuer.isTextual()) {
            return Optional.of(issuer.asText());
        }
        if (issuer.isObject() && issuer.path("id").isTextual()) {
            return Optional.of(issuer.get("id").asText());
        }
        return Optional.empty();
    }

    /** A string or an array of strings, as a list (empty when absent or of another shape). */
    static List<String> strings(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value.isTextual()) {
            result.add(value.asText());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    result.add(item.asText());
                }
            }
        }
        return result;
    }

    /** The text of a string field, or null when absent or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A date-time field parsed as an instant; empty when absent; a {@link DateTimeParseException} when malformed. */
    static Optional<Instant> instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(OffsetDateTime.parse(text).toInstant());
    }
}
