package org.badgekit.model.ob2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Lists;
import org.badgekit.model.Require;

/**
 * An OB 2.0 Image object: the image URL or data URI with caption and author.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "type", "id", "caption", "author"})
public record Image(
        @JsonProperty("@context") JsonNode context,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String id,
        String caption,
        String author,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Image {
        Require.present(id, "id");
        type = Lists.copy(type, "type");
        extensions = Extensions.copy(extensions);
    }

    /** An image object by URL or data URI. */
    public static Image of(String id) {
        return newBuilder().id(id).build();
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = context;
        b.type = new ArrayList<>(type);
        b.id = id;
        b.caption = caption;
        b.author = author;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Image}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context;
        private List<String> type = new ArrayList<>();
        private String id;
        private String caption;
        private String author;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. */
        public Builder context(JsonNode value) {
            this.context = value;
            return this;
        }

        /** Sets {@code type}. Replaces any values set before. */
        public Builder type(List<String> values) {
            this.type = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code type}. */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /** Sets {@code id}, the image URL or data URI (required). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code caption}. */
        public Builder caption(String value) {
            this.caption = value;
            return this;
        }

        /** Sets {@code author}. */
        public Builder author(String value) {
            this.author = value;
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
                return new Image(context, type, id, caption, author, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Image: " + e.getMessage(), e);
            }
        }
    }
}
