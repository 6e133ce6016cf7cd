package org.badgekit.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** JSON pointers (RFC 6901) from Jackson paths, and short descriptions of JSON values for messages. */
final class Pointers {
    static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "a string",
            Boolean.class, "a boolean",
            BigDecimal.class, "a number",
            JsonNode.class, "a JSON value");

    private Pointers() {}

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                pointer.append('/').append(escape(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                pointer.append('/').append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        String known = EXPECTED.get(target);
        if (known != null) {
            return known;
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (target.isRecord()) {
            return "an object (" + target.getSimpleName() + ")";
        }
        return "a " + target.getSimpleName() + " value";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        switch (node.getNodeType()) {
            case STRING:
                return "the string \"" + shorten(node.asText()) + "\"";
            case NUMBER:
                return "the number " + node.asText();
            case BOOLEAN:
                return "the boolean " + node.asText();
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
