package org.badgekit.model.ob2;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * An OB 2.0 "@id" property value: either the IRI of a linked document or the embedded object. The form that was read is the
 * form that is written.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v2p0/#data-model">OB 2.0 data model</a> ("@id" typed properties).
 *
 * @param <T> the class of the embedded object (BadgeClass, Profile, Image, ...)
 */
@JsonDeserialize(using = Ref.Reader.class)
public record Ref<T>(String iri, T object) {
    /** Exactly one of {@code iri} and {@code object} is set. */
    public Ref {
        if ((iri == null) == (object == null)) {
            throw new IllegalArgumentException("a reference is either an IRI or an embedded object, not both or neither");
        }
    }

    /** A reference by IRI (URL, {@code urn:uuid:}, or for images a {@code data:} URI). */
    public static <T> Ref<T> of(String iri) {
        return new Ref<>(Objects.requireNonNull(iri, "iri"), null);
    }

    /** An embedded object. */
    public static <T> Ref<T> embed(T object) {
        return new Ref<>(null, Objects.requireNonNull(object, "object"));
    }

    /** Whether the object is embedded (rather than referenced by IRI). */
    public boolean isEmbedded() {
        return object != null;
    }

    /** The embedded object, if there is one. */
    public Optional<T> embedded() {
        return Optional.ofNullable(object);
    }

    /** The value as written in JSON: the IRI string or the object. */
    @JsonValue
    public Object json() {
        return iri != null ? iri : object;
    }

    /** Reads a string or an object of the referenced class; the class comes from the declared type of the property. */
    static final class Reader extends StdDeserializer<Ref<?>> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final JavaType target;

        Reader() {
            this(null);
        }

        private Reader(JavaType target) {
            super(Ref.class);
            this.target = target;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType refType = ctxt.getContextualType();
            if (refType == null && property != null) {
                refType = property.getType();
            }
            JavaType inner = refType == null ? null : refType.containedType(0);
            return new Reader(inner);
        }

        @Override
        public Ref<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Ref.of(p.getText());
            }
            if (p.currentToken() == JsonToken.START_OBJECT && target != null) {
                Object value = ctxt.readValue(p, target);
                return Ref.embed(value);
            }
            return (Ref<?>) ctxt.handleUnexpectedToken(Ref.class, p.currentToken(), p,
                    "expected an IRI string or an embedded object");
        }
    }
}
