package org.badgekit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.badgekit.BadgeException;

/**
 * The project's one JSON configuration: hostile-input limits on reading, deterministic bytes on writing.
 *
 * <p>Every package parses JSON through here so that the limits (nesting depth, string and number length, document size) and
 * duplicate-key rejection are the same everywhere. A duplicate key is refused because two parsers of the same bytes could
 * otherwise see two different credentials.
 */
public final class JsonCodec {
    /** Largest JSON document accepted, in bytes (a credential with embedded images stays far below). */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting accepted; real credentials nest fewer than 20 levels. */
    public static final int MAX_DEPTH = 100;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(100)
            .maxStringLength(MAX_DOCUMENT_BYTES)
            .maxNameLength(10_000)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep "2.50" as written: numbers must survive a round trip unchanged
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** Built on first use: copying a mapper costs a cold {@code badge verify}, which never writes indented JSON. */
    private static final class Pretty {
        static final ObjectMapper MAPPER = JsonCodec.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private JsonCodec() {}

    /** The shared, fully configured mapper. Do not reconfigure it; call {@code copy()} if a variant is needed. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses one JSON document.
     *
     * @param source names the input in error messages (a file path, "payload", "row 12")
     * @throws BadgeException {@code MALFORMED_INPUT} naming the source, line and column; {@code LIMIT_EXCEEDED} for limits
     */
    public static JsonNode parse(String source, byte[] json) throws BadgeException {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                    source + ": JSON document of " + json.length + " bytes exceeds the limit of " + MAX_DOCUMENT_BYTES + " bytes",
                    source, null);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": empty input, expected a JSON document",
                        source, null);
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                    source + ": " + firstLine(e.getOriginalMessage()), source, e);
        } catch (JsonProcessingException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + where(e.getLocation()) + ": malformed JSON: " + firstLine(e.getOriginalMessage()), source, e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot read JSON: " + e.getMessage(), source, e);
        }
    }

    /** Parses one JSON document from a string; see {@link #parse(String, byte[])}. */
    public static JsonNode parse(String source, String json) throws BadgeException {
        return parse(source, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Compact serialization; same tree, same bytes. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a JsonNode tree always serializes; reaching here is a bug, not bad input
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indented serialization for files people read; same tree, same bytes. */
    public static String writePretty(JsonNode node) {
        try {
            return Pretty.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Exposed for parsers that stream (large batch files) and need the same limits. */
    public static JsonParser createParser(byte[] json) throws IOException {
        return MAPPER.createParser(json);
    }
}
