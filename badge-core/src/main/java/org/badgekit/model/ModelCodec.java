package org.badgekit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.UncheckedIOException;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Reads JSON into the model records and writes them back, for {@code Ob2Json} and {@code Ob3Json}.
 *
 * <p>Reading is strict about JSON types (no number-to-string or string-to-boolean coercion: a document that says
 * {@code "hashed": "true"} is wrong, not true) and reports the JSON pointer of the first problem. Writing is deterministic:
 * properties in the records' declared order, then extensions in the order they were read.
 */
public final class ModelCodec {
    private static final ObjectMapper MAPPER = strict(JsonCodec.mapper());

    private ModelCodec() {}

    private static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper mapper = ((JsonMapper) base).rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** The strict mapper the model is read and written with. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON bytes (with {@link JsonCodec}'s limits) and maps the tree to {@code type}.
     *
     * @param source names the input in messages (a file path, "payload")
     * @throws BadgeException {@code MALFORMED_INPUT} for bad JSON, {@code LIMIT_EXCEEDED} for limits, {@code INVALID_INPUT}
     *     naming the JSON pointer for a wrong type or a missing required property
     */
    public static <T> T read(String source, byte[] json, Class<T> type) throws BadgeException {
        return read(source, JsonCodec.parse(source, json), type);
    }

    /** Maps a parsed tree to {@code type}; see {@link #read(String, byte[], Class)}. */
    public static <T> T read(String source, JsonNode tree, Class<T> type) throws BadgeException {
        if (!tree.isObject()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    source + ": expected a JSON object (" + type.getSimpleName() + "), found " + Pointers.describe(tree),
                    "", null);
        }
        try {
            T value = MAPPER.readerFor(type).readValue(tree);
            if (value == null) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, source + ": expected a JSON object", "", null);
            }
            return value;
        } catch (JsonMappingException e) {
            throw failure(source, tree, e);
        } catch (JsonProcessingException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": " + e.getOriginalMessage(), source, e);
        } catch (java.io.IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": " + e.getMessage(), source, e);
        } catch (RuntimeException e) {
            // a record invariant that Jackson did not wrap; still the input's fault, never an unchecked exception to callers
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, source + ": " + e.getMessage(), source, e);
        }
    }

    /** Serializes a model value as compact JSON; same value, same bytes. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // model records always serialize; reaching here is a bug, not bad input
            throw new UncheckedIOException(e);
        }
    }

    /** Serializes a model value as indented JSON for files people read. */
    public static String writePretty(Object value) {
        return JsonCodec.writePretty(toTree(value));
    }

    /** The JSON tree of a model value. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static BadgeException failure(String source, JsonNode tree, JsonMappingException e) {
        String pointer = Pointers.of(e.getPath());
        Throwable cause = e.getCause();
        String message;
        if (cause instanceof Require.MissingPropertyException missing) {
            pointer = pointer + "/" + Pointers.escape(missing.property());
            message = missing.problem();
        } else if (cause instanceof IllegalArgumentException invalid) {
            message = invalid.getMessage();
        } else if (e instanceof MismatchedInputException mismatch) {
            JsonNode found = tree.at(pointer);
            message = "expected " + Pointers.expected(mismatch.getTargetType()) + ", found " + Pointers.describe(found);
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return new BadgeException(BadgeException.Code.INVALID_INPUT, source + ": " + (pointer.isEmpty() ? "/" : pointer)
                + ": " + message, pointer, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
