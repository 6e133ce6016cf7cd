package org.badgekit.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads typed values out of a located YAML tree, adding a located problem for every value that is missing, of the wrong
 * kind, or not expected. Methods return null (or an empty value) after reporting, so reading continues and every problem
 * of a file is found in one pass.
 */
final class NodeReader {
    private static final Map<String, String> LANGUAGE_NAMES = Map.of(
            "en", "English", "fi", "Finnish", "et", "Estonian", "lv", "Latvian", "nl", "Dutch");

    private final String file;
    private final LocatedYaml yaml;
    private final List<CriteriaProblem> problems;

    NodeReader(String file, LocatedYaml yaml, List<CriteriaProblem> problems) {
        this.file = file;
        this.yaml = yaml;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void problem(String path, String message) {
        problems.add(new CriteriaProblem(file, yaml.line(path), path, message));
    }

    /** Checks {@code node} is a mapping with all {@code required} keys (reported in that order) and no key outside {@code allowed}. */
    ObjectNode object(JsonNode node, String path, List<String> required, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(path, "expected a mapping of keys to values, found " + describe(node));
            return null;
        }
        ObjectNode object = (ObjectNode) node;
        for (String key : required) {
            if (!object.has(key) || object.get(key).isNull()) {
                problem(LocatedYaml.child(path, key), "required field '" + key + "' is missing");
            }
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                problem(LocatedYaml.child(path, key), "unknown key '" + key + "'; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return object;
    }

    /** A non-blank string at {@code key}, or null (reported only when the key is present but not a string). */
    String string(ObjectNode parent, String path, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        String at = LocatedYaml.child(path, key);
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(at, "expected a non-empty text, found " + describe(node));
            return null;
        }
        return node.asText().strip();
    }

    /** An integer at {@code key} within {@code [min, max]}, or null. */
    Integer integer(ObjectNode parent, String path, String key, int min, int max) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problem(LocatedYaml.child(path, key), "expected a whole number from " + min + " to " + max + ", found "
                    + describe(node));
            return null;
        }
        return node.intValue();
    }

    /** A text in every project language at {@code key}, or null after reporting each missing or extra language. */
    LocalizedText localized(ObjectNode parent, String path, String key) {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? null : localized(node, LocatedYaml.child(path, key));
    }

    LocalizedText localized(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "expected a text per language (" + String.join(", ", LocalizedText.LANGUAGES)
                    + "), found " + describe(node));
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (String language : LocalizedText.LANGUAGES) {
            JsonNode text = node.get(language);
            String at = LocatedYaml.child(path, language);
            if (text == null || text.isNull()) {
                problem(at, "missing the " + LANGUAGE_NAMES.get(language) + " (" + language + ") text");
                complete = false;
            } else if (!text.isTextual() || text.asText().isBlank()) {
                problem(at, "the " + LANGUAGE_NAMES.get(language) + " (" + language + ") text must be non-empty text, found "
                        + describe(text));
                complete = false;
            } else {
                texts.put(language, text.asText().strip());
            }
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String language = names.next();
            if (!LocalizedText.isSupported(language)) {
                problem(LocatedYaml.child(path, language), "unknown language '" + language + "'; expected one of "
                        + String.join(", ", LocalizedText.LANGUAGES));
                complete = false;
            }
        }
        return complete ? new LocalizedText(texts) : null;
    }

    /**
     * A list at {@code key} with {@code min..max} entries, each read by {@code element}; entries that fail are left out.
     * Returns null when the list itself is unusable.
     */
    <T> List<T> list(ObjectNode parent, String path, String key, int min, int max,
            BiFunction<JsonNode, String, T> element) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        String at = LocatedYaml.child(path, key);
        if (!node.isArray()) {
            problem(at, "expected a list, found " + describe(node));
            return null;
        }
        if (node.size() < min || node.size() > max) {
            problem(at, "expected " + (min == max ? "" + min : min + " to " + max) + " entries, found " + node.size());
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), LocatedYaml.element(at, i));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return text.isBlank() ? "an empty text" : "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
        }
        return node.toString();
    }
}
