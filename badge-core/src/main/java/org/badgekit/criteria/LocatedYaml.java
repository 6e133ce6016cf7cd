package org.badgekit.criteria;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a Jackson tree while remembering the line of every key and value, so that problems found later
 * in the tree can name the line. Duplicate keys are reported (the first value wins) instead of silently overwritten.
 */
final class LocatedYaml {
    /** Criteria files are a few tens of kilobytes; anything far larger is not one. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 32;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");
    private static final YAMLFactory FACTORY = newFactory();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    JsonNode root() {
        return root;
    }

    /** The line of {@code path}, or of its nearest ancestor that has one (a missing field is reported on its parent). */
    int line(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = parent(current);
        }
    }

    static String child(String path, String key) {
        String segment = PLAIN_KEY.matcher(key).matches() ? key : "[\"" + key.replace("\"", "\\\"") + "\"]";
        return path.isEmpty() || segment.startsWith("[") ? path + segment : path + "." + segment;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /**
     * Reads one YAML document; syntax errors and duplicate keys are added to {@code problems}.
     *
     * @return the located tree, or null when the text is not YAML (the problem says where it stopped)
     */
    static LocatedYaml read(String file, byte[] yaml, List<CriteriaProblem> problems) {
        if (yaml.length > MAX_BYTES) {
            problems.add(new CriteriaProblem(file, 1, "", "file of " + yaml.length + " bytes exceeds the limit of "
                    + MAX_BYTES + " bytes for a criteria file"));
            return null;
        }
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            Walker walker = new Walker(file, parser, lines, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new CriteriaProblem(file, 1, "", "file is empty; expected a YAML mapping with the badge criteria"));
                return null;
            }
            JsonNode root = walker.read(first, "", 0);
            if (parser.nextToken() != null) {
                problems.add(new CriteriaProblem(file, walker.line(), "",
                        "file holds more than one YAML document; expected exactly one"));
            }
            return new LocatedYaml(root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            problems.add(new CriteriaProblem(file, line, "", "not valid YAML: " + firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(new CriteriaProblem(file, 1, "", "cannot read YAML: " + firstLine(e.getMessage())));
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static YAMLFactory newFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported by the walker with a line, which reads better than SnakeYAML's error
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Walks parser tokens depth-first, building nodes and recording where each path starts. */
    private static final class Walker {
        private final String file;
        private final JsonParser parser;
        private final Map<String, Integer> lines;
        private final List<CriteriaProblem> problems;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Walker(String file, JsonParser parser, Map<String, Integer> lines, List<CriteriaProblem> problems) {
            this.file = file;
            this.parser = parser;
            this.lines = lines;
            this.problems = problems;
        }

        int line() {
            int line = parser.currentTokenLocation().getLineNr();
            return line < 1 ? 1 : line;
        }

        JsonNode read(JsonToken token, String path, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new JsonProcessingException("nesting deeper than " + MAX_DEPTH + " levels",
                        parser.currentTokenLocation()) {
                    private static final long serialVersionUID = 1L;
                };
            }
            lines.putIfAbsent(path, line());
            switch (token) {
                case START_OBJECT:
                    return readObject(path, depth);
                case START_ARRAY:
                    ArrayNode array = nodes.arrayNode();
                    JsonToken next;
                    while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                        array.add(read(next, element(path, array.size()), depth + 1));
                    }
                    return array;
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    return nodes.textNode(parser.getText());
            }
        }

        private ObjectNode readObject(String path, int depth) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String childPath = child(path, key);
                int keyLine = line();
                JsonToken value = parser.nextToken();
                if (object.has(key)) {
                    problems.add(new CriteriaProblem(file, keyLine, childPath,
                            "duplicate key '" + key + "'; the first one, on line " + lines.get(childPath) + ", is used"));
                    read(value, childPath + "#duplicate", depth + 1);
                    continue;
                }
                lines.put(childPath, keyLine);
                object.set(key, read(value, childPath, depth + 1));
            }
            return object;
        }
    }
}
