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
 * An OB 3.0 Image: a URL or {@code data:} URI with {@code type} "Image" and an optional caption.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "caption"})
public record Image(
        String id,
        String type,
        String caption,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Image {
        Require.present(id, "id");
        extensions = Extensions.copy(extensions);
    }

    /** An image by URL or data URI. */
    public static Image of(String id) {
        return new Image(id, "Image", null, null);
    }

    /** An image by URL or data URI, with a caption. */
    public static Image of(String id, String caption) {
        return new Image(id, "Image", caption, null);
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
        b.caption = caption;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Image}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private String type = "Image";
        private String caption;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}, the image URL or data URI (required). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code caption}. */
        public Builder caption(String value) {
            this.caption = value;
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
        public Image build() {
            try {
                Require.present(type, "type");
                return new Image(id, type, caption, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Image: " + e.getMessage(), e);
            }
        }
    }
}
