package org.badgekit.issue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Reads and writes {@code issuer.yaml}: a flat mapping of scalars plus the {@code languages} list. Reading is strict (unknown
 * or repeated fields are errors, since a typo would otherwise silently fall back to a default) and every problem names the
 * file, the line and the field.
 */
final class IssuerYaml {
    static final String FILE_NAME = "issuer.yaml";
    private static final int MAX_BYTES = 64 * 1024;
    private static final Set<String> FIELDS = Set.of("name", "url", "email", "description", "image", "languages", "did",
            "baseUrl", "keysEncrypted", "id");
    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** The settings read, and the issuer id the file states for reference (null when absent). */
    record Parsed(IssuerSettings settings, String statedId, int idLine) { }

    private IssuerYaml() {}

    static String write(IssuerSettings settings, String issuerId) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# badgekit issuer workspace (see 'badge init --help'). Keys are in keys/, issuance state in state/.\n");
        line(yaml, "name", settings.name());
        line(yaml, "url", settings.url().toString());
        line(yaml, "email", settings.email());
        if (settings.description() != null) {
            line(yaml, "description", settings.description());
        }
        if (settings.image() != null) {
            line(yaml, "image", settings.image());
        }
        yaml.append("# the languages badges are issued in; the first is the default\n");
        yaml.append("languages: [").append(String.join(", ", settings.languages())).append("]\n");
        yaml.append("# key: the issuer id is the did:key of keys/ed25519.pem; web: did:web of baseUrl (host its DID document there)\n");
        yaml.append("did: ").append(settings.didMethod().value()).append('\n');
        yaml.append("# where 'badge publish' output is hosted: issuer profile, public keys, status and revocation lists\n");
        line(yaml, "baseUrl", settings.baseUrl().toString());
        yaml.append("keysEncrypted: ").append(settings.keysEncrypted()).append('\n');
        yaml.append("# derived from the keys, did and baseUrl, checked on load: delete this line after changing did or baseUrl\n");
        line(yaml, "id", issuerId);
        return yaml.toString();
    }

    private static void line(StringBuilder yaml, String field, String value) {
        // a JSON string is a valid YAML double-quoted scalar, escapes included
        yaml.append(field).append(": ").append(JsonCodec.write(JsonCodec.mapper().getNodeFactory().textNode(value))).append('\n');
    }

    static Parsed read(Path file) throws BadgeException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw malformed(file, 1, null, "file is larger than " + MAX_BYTES + " bytes; expected a short issuer description");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
        Map<String, Object> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        int lastLine = 1;
        try (JsonParser parser = FACTORY.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw malformed(file, line(parser), null, "expected a mapping of fields like 'name: Example College'");
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = line(parser);
                if (!FIELDS.contains(field)) {
                    throw malformed(file, line, field, "unknown field; expected one of " + String.join(", ", sorted(FIELDS)));
                }
                if (lines.containsKey(field)) {
                    throw malformed(file, line, field, "field appears twice (first on line " + lines.get(field) + ")");
                }
                lines.put(field, line);
                token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        if (!token.isScalarValue() || items.size() > 64) {
                            throw malformed(file, line(parser), field, "expected a short list of plain values");
                        }
                        items.add(parser.getText().trim());
                    }
                    values.put(field, items);
                } else if (token != null && token.isScalarValue()) {
                    values.put(field, token == JsonToken.VALUE_NULL ? null : parser.getText());
                } else {
                    throw malformed(file, line, field, "expected a plain value, not a nested mapping");
                }
                lastLine = line(parser);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? lastLine : e.getLocation().getLineNr();
            throw malformed(file, line, null, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
        return new Parsed(settings(file, values, lines, lastLine), text(file, values, lines, "id", false), lines.getOrDefault("id", 1));
    }

    private static IssuerSettings settings(Path file, Map<String, Object> values, Map<String, Integer> lines, int lastLine)
            throws BadgeException {
        for (String required : List.of("name", "url", "email", "languages", "did", "baseUrl")) {
            if (values.get(required) == null) {
                throw malformed(file, lines.getOrDefault(required, lastLine), required, "field is missing; 'badge init' writes it");
            }
        }
        String name = text(file, values, lines, "name", true);
        check(file, lines, "name", SettingsCheck.name(name));
        String[] problem = new String[1];
        URI url = SettingsCheck.httpUrl("url", text(file, values, lines, "url", true), problem);
        check(file, lines, "url", problem[0]);
        String email = text(file, values, lines, "email", true).trim();
        check(file, lines, "email", SettingsCheck.email(email));
        List<String> languages = languages(file, values, lines);
        check(file, lines, "languages", SettingsCheck.languages(languages));
        DidMethod did;
        try {
            did = DidMethod.parse(text(file, values, lines, "did", true));
        } catch (BadgeException e) {
            throw malformed(file, lines.get("did"), "did", e.getMessage());
        }
        URI base = SettingsCheck.httpUrl("baseUrl", text(file, values, lines, "baseUrl", true), problem);
        check(file, lines, "baseUrl", problem[0]);
        String encrypted = text(file, values, lines, "keysEncrypted", false);
        if (encrypted != null && !encrypted.equals("true") && !encrypted.equals("false")) {
            throw malformed(file, lines.get("keysEncrypted"), "keysEncrypted", "'" + encrypted + "' is not true or false");
        }
        String description = text(file, values, lines, "description", false);
        String image = text(file, values, lines, "image", false);
        return new IssuerSettings(name.trim(), url, email, description, image == null || image.isBlank() ? null : image.trim(),
                languages, did, SettingsCheck.withSlash(base), "true".equals(encrypted));
    }

    private static List<String> languages(Path file, Map<String, Object> values, Map<String, Integer> lines)
            throws BadgeException {
        Object value = values.get("languages");
        List<String> languages = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> languages.add(item.toString().toLowerCase(Locale.ROOT)));
        } else {
            for (String part : value.toString().split(",")) {
                if (!part.isBlank()) {
                    languages.add(part.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return languages;
    }

    private static String text(Path file, Map<String, Object> values, Map<String, Integer> lines, String field, boolean required)
            throws BadgeException {
        Object value = values.get(field);
        if (value instanceof List<?>) {
            throw malformed(file, lines.get(field), field, "expected a single value, not a list");
        }
        if (value == null && required) {
            throw malformed(file, lines.getOrDefault(field, 1), field, "field is missing");
        }
        return value == null ? null : value.toString();
    }

    private static void check(Path file, Map<String, Integer> lines, String field, String problem) throws BadgeException {
        if (problem != null) {
            throw malformed(file, lines.get(field), field, problem);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }

    static BadgeException malformed(Path file, int line, String field, String message) {
        String where = file + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ");
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, where + message, file.toString(), null);
    }
}
