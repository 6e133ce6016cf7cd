package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/** Converts a Jackson tree into the Jakarta JSON-P tree Titanium reads, without a serialize/parse round trip. */
final class JakartaJson {
    // Looking the provider up costs a ServiceLoader scan; one lookup per JVM, the provider itself is stateless.
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JakartaJson() {}

    /** {@code object} (a JSON object) without its top-level {@code @context} member. */
    static JsonObject withoutContext(JsonNode object) {
        JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!"@context".equals(field.getKey())) {
                builder.add(field.getKey(), of(field.getValue()));
            }
        }
        return builder.build();
    }

    /** A one-element JSON-P array. */
    static JsonArray arrayOf(JsonValue value) {
        return PROVIDER.createArrayBuilder().add(value).build();
    }

    static JsonValue of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    builder.add(field.getKey(), of(field.getValue()));
                }
                return builder.build();
            }
            case ARRAY: {
                JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
                for (JsonNode item : node) {
                    builder.add(of(item));
                }
                return builder.build();
            }
            case STRING:
                return PROVIDER.createValue(node.textValue());
            case NUMBER:
                if (node.isIntegralNumber()) {
                    return node.canConvertToLong() ? PROVIDER.createValue(node.longValue()) : PROVIDER.createValue(node.bigIntegerValue());
                }
                return PROVIDER.createValue(node.decimalValue());
            case BOOLEAN:
                return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL:
                return JsonValue.NULL;
            default:
                throw new IllegalArgumentException("JSON node of type " + node.getNodeType() + " has no JSON-P equivalent");
        }
    }
}
