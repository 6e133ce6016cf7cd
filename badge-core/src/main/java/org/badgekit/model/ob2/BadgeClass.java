package org.badgekit.model.ob2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Lists;
import org.badgekit.model.Require;

/**
 * An OB 2.0 BadgeClass: the achievement an Assertion awards, with its criteria, image and issuer.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "id", "type", "name", "description", "image", "criteria", "issuer", "alignment", "tags",
        "endorsement", "related", "version"})
public record BadgeClass(
        @JsonProperty("@context") JsonNode context,
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String name,
        String description,
        Ref<Image> image,
        Ref<Criteria> criteria,
        Ref<Profile> issuer,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<AlignmentObject> alignment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> tags,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<Endorsement>> endorsement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<ObjectNode>> related,
        JsonNode version,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public BadgeClass {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(description, "description");
        Require.present(criteria, "criteria");
        Require.present(issuer, "issuer");
        type = Lists.copy(type, "type");
        alignment = Lists.copy(alignment, "alignment");
        tags = Lists.copy(tags, "tags");
        endorsement = Lists.copy(endorsement, "endorsement");
        related = Lists.copy(related, "related");
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = context;
        b.id = id;
        b.type = new ArrayList<>(type);
        b.name = name;
        b.description = description;
        b.image = image;
        b.criteria = criteria;
        b.issuer = issuer;
        b.alignment = new ArrayList<>(alignment);
        b.tags = new ArrayList<>(tags);
        b.endorsement = new ArrayList<>(endorsement);
        b.related = new ArrayList<>(related);
        b.version = version;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link BadgeClass}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context = Ob2.CONTEXT;
        private String id;
        private List<String> type = new ArrayList<>(List.of("BadgeClass"));
        private String name;
        private String description;
        private Ref<Image> image;
        private Ref<Criteria> criteria;
        private Ref<Profile> issuer;
        private List<AlignmentObject> alignment = new ArrayList<>();
        private List<String> tags = new ArrayList<>();
        private List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private List<Ref<ObjectNode>> related = new ArrayList<>();
        private JsonNode version;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}, normally the string {@code https://w3id.org/openbadges/v2} (the default). */
        public Builder context(JsonNode value) {
            this.context = value;
            return this;
        }

        /** Sets {@code id}, the URL the class is hosted at (or a {@code urn:uuid:} for signed badges). */
        public Builder id(String value) {
            this.id = value;
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

        /** Sets {@code name} (required). */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code description} (required). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code image}: the image URL or data URI, or an Image object. */
        public Builder image(Ref<Image> value) {
            this.image = value;
            return this;
        }

        /** Sets {@code criteria}: a criteria URL or a Criteria object (required). */
        public Builder criteria(Ref<Criteria> value) {
            this.criteria = value;
            return this;
        }

        /** Sets {@code issuer}: the issuer Profile's URL or the Profile (required). */
        public Builder issuer(Ref<Profile> value) {
            this.issuer = value;
            return this;
        }

        /** Sets {@code alignment}. Replaces any values set before. */
        public Builder alignment(List<AlignmentObject> values) {
            this.alignment = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code alignment}. */
        public Builder addAlignment(AlignmentObject value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /** Sets {@code tags}. Replaces any values set before. */
        public Builder tags(List<String> values) {
            this.tags = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code tags}. */
        public Builder addTags(String value) {
            this.tags.add(Objects.requireNonNull(value, "tags"));
            return this;
        }

        /** Sets {@code endorsement}. Replaces any values set before. */
        public Builder endorsement(List<Ref<Endorsement>> values) {
            this.endorsement = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsement}. */
        public Builder addEndorsement(Ref<Endorsement> value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
            return this;
        }

        /** Sets {@code related}: ids or objects of other language editions or versions. Replaces any values set before. */
        public Builder related(List<Ref<ObjectNode>> values) {
            this.related = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code related}. */
        public Builder addRelated(Ref<ObjectNode> value) {
            this.related.add(Objects.requireNonNull(value, "related"));
            return this;
        }

        /** Sets {@code version} (text or number). */
        public Builder version(JsonNode value) {
            this.version = value;
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
        public BadgeClass build() {
            try {
                Lists.copyRequired(type, "type");
                return new BadgeClass(context, id, type, name, description, image, criteria, issuer, alignment, tags,
                        endorsement, related, version, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("BadgeClass: " + e.getMessage(), e);
            }
        }
    }
}
