package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small readers for the JSON shapes badges use: "single value or array", "IRI or embedded object with an id". */
final class Json {
    private Json() {}

    /** The values of a 0..* property: an array's elements, a single value as a one-element list, nothing when absent. */
    static List<JsonNode> values(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    /** The text of a string node, or {@code null} for anything else. */
    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** The id of an IRI-or-object value: the string itself, or the object's {@code id}; {@code null} otherwise. */
    static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        return node.isObject() ? text(node.get("id")) : null;
    }

    /** True when {@code type} (string or array of strings) contains {@code wanted}. */
    static boolean hasType(JsonNode node, String... wanted) {
        if (node == null) {
            return false;
        }
        for (JsonNode type : values(node.get("type"))) {
            for (String candidate : wanted) {
                if (type.isTextual() && type.asText().equals(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Quotes a value for a message, shortened so that a hostile megabyte string cannot flood a report. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = value.length() > 160 ? value.substring(0, 157) + "..." : value;
        return "'" + shown.replaceAll("[\\p{Cntrl}]", "?") + "'";
    }

    /** Quotes any JSON value for a message, shortened. */
    static String quote(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(none)";
        }
        return value.isTextual() ? quote(value.asText()) : quote(value.toString()).replace('\'', '`');
    }

    /** Escapes one JSON pointer reference token (RFC 6901). */
    static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
