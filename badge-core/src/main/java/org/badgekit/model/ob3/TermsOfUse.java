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
 * A termsOfUse entry: a policy that applies to the credential.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type"})
public record TermsOfUse(
        String id,
        String type,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public TermsOfUse {
        Require.present(type, "type");
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = type;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link TermsOfUse}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private String type;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
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
        public TermsOfUse build() {
            try {
                return new TermsOfUse(id, type, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("TermsOfUse: " + e.getMessage(), e);
            }
        }
    }
}
