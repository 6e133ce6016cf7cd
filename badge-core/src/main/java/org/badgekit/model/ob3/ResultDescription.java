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
 * An OB 3.0 ResultDescription: a kind of result an achievement can record (a grade, a rubric level, a status).
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "alignment", "allowedValue", "name", "requiredLevel", "requiredValue", "resultType",
        "rubricCriterionLevel", "valueMax", "valueMin"})
public record ResultDescription(
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Alignment> alignment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> allowedValue,
        String name,
        String requiredLevel,
        String requiredValue,
        ResultType resultType,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<RubricCriterionLevel> rubricCriterionLevel,
        String valueMax,
        String valueMin,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public ResultDescription {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(resultType, "resultType");
        type = Lists.copy(type, "type");
        alignment = Lists.copy(alignment, "alignment");
        allowedValue = Lists.copy(allowedValue, "allowedValue");
        rubricCriterionLevel = Lists.copy(rubricCriterionLevel, "rubricCriterionLevel");
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
        b.type = new ArrayList<>(type);
        b.alignment = new ArrayList<>(alignment);
        b.allowedValue = new ArrayList<>(allowedValue);
        b.name = name;
        b.requiredLevel = requiredLevel;
        b.requiredValue = requiredValue;
        b.resultType = resultType;
        b.rubricCriterionLevel = new ArrayList<>(rubricCriterionLevel);
        b.valueMax = valueMax;
        b.valueMin = valueMin;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link ResultDescription}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private List<String> type = new ArrayList<>(List.of("ResultDescription"));
        private List<Alignment> alignment = new ArrayList<>();
        private List<String> allowedValue = new ArrayList<>();
        private String name;
        private String requiredLevel;
        private String requiredValue;
        private ResultType resultType;
        private List<RubricCriterionLevel> rubricCriterionLevel = new ArrayList<>();
        private String valueMax;
        private String valueMin;
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

        /** Sets {@code allowedValue}. Replaces any values set before. */
        public Builder allowedValue(List<String> values) {
            this.allowedValue = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code allowedValue}. */
        public Builder addAllowedValue(String value) {
            this.allowedValue.add(Objects.requireNonNull(value, "allowedValue"));
            return this;
        }

        /** Sets {@code name}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code requiredLevel}. */
        public Builder requiredLevel(String value) {
            this.requiredLevel = value;
            return this;
        }

        /** Sets {@code requiredValue}. */
        public Builder requiredValue(String value) {
            this.requiredValue = value;
            return this;
        }

        /** Sets {@code resultType}. */
        public Builder resultType(ResultType value) {
            this.resultType = value;
            return this;
        }

        /** Sets {@code rubricCriterionLevel}. Replaces any values set before. */
        public Builder rubricCriterionLevel(List<RubricCriterionLevel> values) {
            this.rubricCriterionLevel = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code rubricCriterionLevel}. */
        public Builder addRubricCriterionLevel(RubricCriterionLevel value) {
            this.rubricCriterionLevel.add(Objects.requireNonNull(value, "rubricCriterionLevel"));
            return this;
        }

        /** Sets {@code valueMax}. */
        public Builder valueMax(String value) {
            this.valueMax = value;
            return this;
        }

        /** Sets {@code valueMin}. */
        public Builder valueMin(String value) {
            this.valueMin = value;
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
        public ResultDescription build() {
            try {
                Lists.copyRequired(type, "type");
                return new ResultDescription(id, type, alignment, allowedValue, name, requiredLevel, requiredValue,
                        resultType, rubricCriterionLevel, valueMax, valueMin, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("ResultDescription: " + e.getMessage(), e);
            }
        }
    }
}
