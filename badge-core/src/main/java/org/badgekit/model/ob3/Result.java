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
 * An OB 3.0 Result: the learner's result for one ResultDescription (a grade, level or status).
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "achievedLevel", "alignment", "resultDescription", "status", "value"})
public record Result(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        String achievedLevel,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Alignment> alignment,
        String resultDescription,
        ResultStatus status,
        String value,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Result {
        type = Lists.copy(type, "type");
        alignment = Lists.copy(alignment, "alignment");
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = new ArrayList<>(type);
        b.achievedLevel = achievedLevel;
        b.alignment = new ArrayList<>(alignment);
        b.resultDescription = resultDescription;
        b.status = status;
        b.value = value;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Result}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<String> type = new ArrayList<>(List.of("Result"));
        private String achievedLevel;
        private List<Alignment> alignment = new ArrayList<>();
        private String resultDescription;
        private ResultStatus status;
        private String value;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

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

        /** Sets {@code achievedLevel}. */
        public Builder achievedLevel(String value) {
            this.achievedLevel = value;
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

        /** Sets {@code resultDescription}. */
        public Builder resultDescription(String value) {
            this.resultDescription = value;
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(ResultStatus value) {
            this.status = value;
            return this;
        }

        /** Sets {@code value}. */
        public Builder value(String value) {
            this.value = value;
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
        public Result build() {
            try {
                Lists.copyRequired(type, "type");
                return new Result(type, achievedLevel, alignment, resultDescription, status, value, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Result: " + e.getMessage(), e);
            }
        }
    }
}
