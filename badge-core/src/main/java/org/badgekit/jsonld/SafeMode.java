package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;

/**
 * The part of JSON-LD "safe mode" that Titanium's undefined-term policy does not cover: after expansion, every property,
 * {@code @type} and {@code @id} must be an absolute IRI or a blank node. A relative one (an undefined type such as
 * {@code "type": ["Badge"]}, a relative {@code id}) would be dropped by toRdf and so escape the signature.
 */
final class SafeMode {
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private SafeMode() {}

    static void check(JsonValue expanded, JsonNode compact) throws BadgeException {
        walk(expanded, compact);
    }

    private static void walk(JsonValue value, JsonNode compact) throws BadgeException {
        switch (value.getValueType()) {
            case ARRAY:
                for (JsonValue item : value.asJsonArray()) {
                    walk(item, compact);
                }
                return;
            case OBJECT:
                walkObject(value.asJsonObject(), compact);
                return;
            default:
                return;
        }
    }

    private static void walkObject(JsonObject object, JsonNode compact) throws BadgeException {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = member.getKey();
            JsonValue v = member.getValue();
            if ("@type".equals(key)) {
                checkTypes(v, compact, valueObject);
            } else if ("@id".equals(key)) {
                requireIri(v, compact, "id");
            } else if ("@value".equals(key) || "@language".equals(key) || "@direction".equals(key) || "@index".equals(key)) {
                continue;
            } else if (key.startsWith("@")) {
                walk(v, compact);
            } else {
                if (!isIriOrBlank(key)) {
                    String pointer = JsonPointers.ofKey(compact, key);
                    throw failure("property '" + key + "'", pointer);
                }
                walk(v, compact);
            }
        }
    }

    private static void checkTypes(JsonValue types, JsonNode compact, boolean valueObject) throws BadgeException {
        if (types.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue type : types.asJsonArray()) {
                checkTypes(type, compact, valueObject);
            }
            return;
        }
        if (valueObject && types instanceof JsonString && "@json".equals(((JsonString) types).getString())) {
            return;
        }
        requireIri(types, compact, "type");
    }

    private static void requireIri(JsonValue value, JsonNode compact, String what) throws BadgeException {
        if (value instanceof JsonString) {
            String iri = ((JsonString) value).getString();
            if (!isIriOrBlank(iri)) {
                throw failure(what + " '" + iri + "'", JsonPointers.ofValue(compact, iri));
            }
        }
    }

    private static BadgeException failure(String what, String pointer) {
        return new BadgeException(BadgeException.Code.INVALID_INPUT,
                what + (pointer == null ? "" : " at " + pointer)
                        + " is not defined by the @context and is not an absolute IRI (it would be dropped from the signed data)",
                pointer, null);
    }

    static boolean isIriOrBlank(String iri) {
        return iri.startsWith("_:") || ABSOLUTE_IRI.matcher(iri).matches();
    }
}
