package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * An OB 3.0 RubricCriterionLevel: one level of a rubric criterion a result can reach.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "alignment", "description", "level", "name", "points"})
public record RubricCriterionLevel(
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Alignment> alignment,
        String description,
        String level,
        String name,
        String points,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public RubricCriterionLevel {
        Require.present(id, "id");
        Require.present(name, "name");
        type = Lists.copy(type, "type");
        alignment = Lists.copy(alignment, "alignment");
        extensions = Extensions.copy(extensions);
    }

    /** A rubric level with its id and name. */
    public static RubricCriterionLevel of(String id, String name) {
        return newBuilder().id(id).name(name).build();
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = new ArrayList<>(type);
        b.alignment = new ArrayList<>(alignment);
        b.description = description;
        b.level = level;
        b.name = name;
        b.points = points;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link RubricCriterionLevel}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private List<String> type = new ArrayList<>(List.of("RubricCriterionLevel"));
        private List<Alignment> alignment = new ArrayList<>();
        private String description;
        private String level;
        private String name;
        private String points;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
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

        /** Sets {@code alignment}. Replaces any values set before. */
        public Builder alignment(List<Alignment> values) {
            this.alignment = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code alignment}. */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code level}. */
        public Builder level(String value) {
            this.level = value;
            return this;
        }

        /** Sets {@code name}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code points}. */
        public Builder points(String value) {
            this.points = value;
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
        public RubricCriterionLevel build() {
            try {
                Lists.copyRequired(type, "type");
                return new RubricCriterionLevel(id, type, alignment, description, level, name, points, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("RubricCriterionLevel: " + e.getMessage(), e);
            }
        }
    }
}
