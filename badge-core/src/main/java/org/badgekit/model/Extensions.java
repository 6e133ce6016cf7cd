package org.badgekit.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties a model record does not name (extensions, unknown terms), kept in reading order so that writing a parsed
 * document gives the same properties back, deterministically.
 */
public final class Extensions {
    private Extensions() {}

    /** An unmodifiable, order-preserving copy; null becomes empty. Null-valued entries are dropped (nulls are omitted). */
    public static Map<String, JsonNode> copy(Map<String, JsonNode> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name != null && value != null && !value.isNull()) {
                copy.put(name, value.deepCopy());
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
