package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Require;

/**
 * An OB 3.0 IdentifierEntry: one more identifier of an achievement or profile (registry number, course code).
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "identifier", "identifierType"})
public record IdentifierEntry(
        String type,
        String identifier,
        IdentifierType identifierType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public IdentifierEntry {
        Require.present(identifier, "identifier");
        Require.present(identifierType, "identifierType");
        extensions = Extensions.copy(extensions);
    }

    /** An identifier of the given type, e.g. {@code of(IdentifierType.IDENTIFIER, "ECVET-1234")}. */
    public static IdentifierEntry of(IdentifierType identifierType, String identifier) {
        return new IdentifierEntry("IdentifierEntry", identifier, identifierType, null);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.identifier = identifier;
        b.identifierType = identifierType;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link IdentifierEntry}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String type = "IdentifierEntry";
        private String identifier;
        private IdentifierType identifierType;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code identifier}. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /** Sets {@code identifierType}. */
        public Builder identifierType(IdentifierType value) {
            this.identifierType = value;
            return this;
        }

        /** Adds a property the model does not name (an extension); it is written after the named ones. */
        public Builder extension(String name, JsonNode value) {
            this.extensions.put(java.util.Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalStateException naming the first required property that is missing
         */
        public IdentifierEntry build() {
            try {
                Require.present(type, "type");
                return new IdentifierEntry(type, identifier, identifierType, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("IdentifierEntry: " + e.getMessage(), e);
            }
        }
    }
}
