package org.badgekit.model.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.Map;

/**
 * Turns the validator's errors into short problems: a missing or forbidden property is reported at its own pointer
 * ("/validFrom: required property missing"), a vocabulary term names the vocabulary instead of listing it, a date-time names
 * the expected form.
 */
final class SchemaMessages {
    private static final Map<String, String> VOCABULARIES = Map.of(
            "AchievementType", "an achievementType term",
            "AlignmentTargetType", "an alignment targetType term",
            "IdentifierType", "an identifier type term",
            "ResultType", "a resultType term",
            "ResultStatusType", "a result status (Completed, Enrolled, Failed, InProgress, OnHold, Provisional, Withdrew)");

    private SchemaMessages() {}

    static SchemaProblem problem(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String schemaLocation = String.valueOf(error.getSchemaLocation());
        JsonNode value = error.getInstanceNode();
        switch (keyword) {
            case "required":
                return new SchemaProblem(child(pointer, error.getProperty()), "required property missing");
            case "additionalProperties":
                return new SchemaProblem(child(pointer, error.getProperty()),
                        "property not allowed here (this object admits only the properties the spec defines)");
            case "format":
                return new SchemaProblem(pointer, quoted(value) + " is not " + (schemaLocation.endsWith("dateOfBirth/format")
                        ? "a date such as 1990-01-31" : "an RFC 3339 date-time such as 2010-01-01T00:00:00Z"));
            case "enum":
            case "pattern":
                for (Map.Entry<String, String> vocabulary : VOCABULARIES.entrySet()) {
                    if (schemaLocation.contains("/$defs/" + vocabulary.getKey() + "/")) {
                        boolean open = !vocabulary.getKey().equals("ResultStatusType");
                        return new SchemaProblem(pointer, quoted(value) + " is not " + vocabulary.getValue()
                                + (open ? " nor an extension term ext:Name" : ""));
                    }
                }
                if (schemaLocation.contains("/$defs/LanguageCode")) {
                    return new SchemaProblem(pointer, quoted(value) + " is not a language code such as en, de-DE or pt-BR");
                }
                if (schemaLocation.contains("/endorsementJwt/")) {
                    return new SchemaProblem(pointer, "is not a compact JWS (header.payload.signature in base64url)");
                }
                return new SchemaProblem(pointer, strip(pointer, error.getMessage()));
            case "contains":
            case "minContains":
                return new SchemaProblem(pointer, "must be an array containing " + expected(error.getSchemaNode()));
            default:
                return new SchemaProblem(pointer, strip(pointer, error.getMessage()));
        }
    }

    private static String expected(JsonNode containsSchema) {
        if (containsSchema != null && containsSchema.has("const")) {
            return "\"" + containsSchema.get("const").asText() + "\"";
        }
        if (containsSchema != null && containsSchema.has("enum")) {
            StringBuilder terms = new StringBuilder();
            for (JsonNode term : containsSchema.get("enum")) {
                terms.append(terms.length() == 0 ? "" : " or ").append('"').append(term.asText()).append('"');
            }
            return terms.toString();
        }
        return "the required type";
    }

    private static String child(String pointer, String property) {
        if (property == null) {
            return pointer;
        }
        return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    private static String quoted(JsonNode value) {
        return value == null ? "the value" : value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    }

    /** Validator messages start with the instance location; the pointer is reported separately. */
    private static String strip(String pointer, String message) {
        if (message.startsWith(pointer + ": ")) {
            return message.substring(pointer.length() + 2);
        }
        return message.startsWith(": ") ? message.substring(2) : message;
    }
}
