package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Finds where a term or value sits in the compact input, so errors can name a JSON pointer (RFC 6901). */
final class JsonPointers {
    private JsonPointers() {}

    /** The pointer of the first member named {@code key} outside any {@code @context}, or null. */
    static String ofKey(JsonNode node, String key) {
        return find(node, "", key, null);
    }

    /** The pointer of the first string equal to {@code value} outside any {@code @context}, or null. */
    static String ofValue(JsonNode node, String value) {
        return find(node, "", null, value);
    }

    private static String find(JsonNode node, String at, String key, String value) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ("@context".equals(field.getKey())) {
                    continue;
                }
                String here = at + "/" + escape(field.getKey());
                if (field.getKey().equals(key)) {
                    return here;
                }
                String found = find(field.getValue(), here, key, value);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), at + "/" + i, key, value);
                if (found != null) {
                    return found;
                }
            }
        } else if (value != null && node.isTextual() && node.textValue().equals(value)) {
            return at;
        }
        return null;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
