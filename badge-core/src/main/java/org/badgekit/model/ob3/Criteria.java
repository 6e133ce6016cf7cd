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
 * OB 3.0 Criteria: what a learner must do to earn an achievement, as a URL ({@code id}) and/or Markdown narrative.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "narrative"})
public record Criteria(
        String id,
        String narrative,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Criteria {
        extensions = Extensions.copy(extensions);
    }

    /** Criteria given as a Markdown narrative. */
    public static Criteria ofNarrative(String narrative) {
        return new Criteria(null, java.util.Objects.requireNonNull(narrative, "narrative"), null);
    }

    /** Criteria published at a URL. */
    public static Criteria ofUrl(String id) {
        return new Criteria(java.util.Objects.requireNonNull(id, "id"), null, null);
    }

    /** Criteria published at a URL and summarised in a Markdown narrative. */
    public static Criteria of(String id, String narrative) {
        return new Criteria(id, narrative, null);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.narrative = narrative;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Criteria}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private String narrative;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code narrative}. */
        public Builder narrative(String value) {
            this.narrative = value;
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
        public Criteria build() {
            try {
                return new Criteria(id, narrative, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Criteria: " + e.getMessage(), e);
            }
        }
    }
}
