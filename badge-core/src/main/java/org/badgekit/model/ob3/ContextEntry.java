package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a JSON-LD {@code @context}: a context URL, or an inline context object. Which form was read is kept.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#context">OB 3.0 context</a>.
 */
@JsonDeserialize(using = ContextEntry.Reader.class)
public record ContextEntry(String url, ObjectNode inline) {
    /** {@code https://www.w3.org/ns/credentials/v2}, the VC Data Model 2.0 context (always first). */
    public static final ContextEntry VC_V2 = of("https://www.w3.org/ns/credentials/v2");
    /** {@code https://www.w3.org/2018/credentials/v1}, the VC 1.1 context of legacy OB 3.0 credentials. */
    public static final ContextEntry VC_V1 = of("https://www.w3.org/2018/credentials/v1");
    /** {@code https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json}, the current OB 3.0 context. */
    public static final ContextEntry OB_V3P0_3_0_3 = of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    /** {@code https://purl.imsglobal.org/spec/ob/v3p0/extensions.json}, 1EdTech's extension terms (revocation list, refresh). */
    public static final ContextEntry OB_V3P0_EXTENSIONS = of("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
    /** The {@code @context} this library writes for OB 3.0 credentials: VC 2.0 then OB 3.0.3, in that order. */
    public static final List<ContextEntry> OB3_DEFAULT = List.of(VC_V2, OB_V3P0_3_0_3);

    /** Exactly one of {@code url} and {@code inline} is set. */
    public ContextEntry {
        if ((url == null) == (inline == null)) {
            throw new IllegalArgumentException("a context entry is either a URL or an inline object, not both or neither");
        }
        inline = inline == null ? null : inline.deepCopy();
    }

    /** A context given by its URL. */
    public static ContextEntry of(String url) {
        return new ContextEntry(Objects.requireNonNull(url, "url"), null);
    }

    /** An inline context object. */
    public static ContextEntry of(ObjectNode inline) {
        return new ContextEntry(null, Objects.requireNonNull(inline, "inline"));
    }

    /** Whether this entry is a URL (rather than an inline object). */
    public boolean isUrl() {
        return url != null;
    }

    /** The entry as written in JSON: the URL string or the object. */
    @JsonValue
    public JsonNode json() {
        return url != null ? com.fasterxml.jackson.databind.node.TextNode.valueOf(url) : inline.deepCopy();
    }

    /** Reads a string or an object; anything else is an error at the entry's pointer. */
    static final class Reader extends StdDeserializer<ContextEntry> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(ContextEntry.class);
        }

        @Override
        public ContextEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return of(p.getText());
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return of((ObjectNode) ctxt.readTree(p));
            }
            return (ContextEntry) ctxt.handleUnexpectedToken(ContextEntry.class, p.currentToken(), p,
                    "expected a context URL string or an inline context object");
        }
    }
}
