package org.badgekit.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a document with what the model wrote back from it. Equal JSON, except for the normalisations the binding
 * documents: null values and empty arrays are omitted, and a multi-valued property may switch between a single value and a
 * one-element array (OB 3.0 writes the schema's array shape; OB 2.0 writes a single value).
 */
public final class JsonEquivalence {
    private JsonEquivalence() {}

    /** The first difference as "pointer: what", or empty when equivalent. */
    public static Optional<String> difference(JsonNode original, JsonNode written) {
        return compare("", original, written);
    }

    private static Optional<String> compare(String pointer, JsonNode original, JsonNode written) {
        if (written == null || written.isMissingNode()) {
            return Optional.of(pointer + ": missing in output, input had " + original);
        }
        if (original.isArray() && original.size() == 1 && !written.isArray()) {
            return compare(pointer, original.get(0), written);
        }
        if (!original.isArray() && written.isArray() && written.size() == 1) {
            return compare(pointer, original, written.get(0));
        }
        if (original.isObject() && written.isObject()) {
            int kept = 0;
            for (Map.Entry<String, JsonNode> field : original.properties()) {
                JsonNode value = field.getValue();
                String child = pointer + "/" + field.getKey();
                if (value.isNull() || (value.isArray() && value.isEmpty())) {
                    if (written.has(field.getKey())) {
                        return Optional.of(child + ": null or empty array should be omitted");
                    }
                    continue;
                }
                kept++;
                Optional<String> difference = compare(child, value, written.get(field.getKey()));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            if (kept != written.size()) {
                return Optional.of(pointer + ": output has properties the input did not have: " + written);
            }
            return Optional.empty();
        }
        if (original.isArray() && written.isArray()) {
            if (original.size() != written.size()) {
                return Optional.of(pointer + ": array of " + original.size() + " became " + written.size());
            }
            for (int i = 0; i < original.size(); i++) {
                Optional<String> difference = compare(pointer + "/" + i, original.get(i), written.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return original.equals(written) ? Optional.empty()
                : Optional.of(pointer + ": " + original + " became " + written);
    }
}
