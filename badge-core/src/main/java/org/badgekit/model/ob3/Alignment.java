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
 * An OB 3.0 Alignment: a link from an achievement or result to a node in an educational framework.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "targetCode", "targetDescription", "targetName", "targetFramework", "targetType",
        "targetUrl"})
public record Alignment(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        String targetCode,
        String targetDescription,
        String targetName,
        String targetFramework,
        AlignmentTargetType targetType,
        String targetUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Alignment {
        Require.present(targetName, "targetName");
        Require.present(targetUrl, "targetUrl");
        type = Lists.copy(type, "type");
        extensions = Extensions.copy(extensions);
    }

    /** An alignment to a framework node by name and URL; use the builder for code, framework and target type. */
    public static Alignment of(String targetName, String targetUrl) {
        return newBuilder().targetName(targetName).targetUrl(targetUrl).build();
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = new ArrayList<>(type);
        b.targetCode = targetCode;
        b.targetDescription = targetDescription;
        b.targetName = targetName;
        b.targetFramework = targetFramework;
        b.targetType = targetType;
        b.targetUrl = targetUrl;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Alignment}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<String> type = new ArrayList<>(List.of("Alignment"));
        private String targetCode;
        private String targetDescription;
        private String targetName;
        private String targetFramework;
        private AlignmentTargetType targetType;
        private String targetUrl;
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

        /** Sets {@code targetCode}. */
        public Builder targetCode(String value) {
            this.targetCode = value;
            return this;
        }

        /** Sets {@code targetDescription}. */
        public Builder targetDescription(String value) {
            this.targetDescription = value;
            return this;
        }

        /** Sets {@code targetName} (required). */
        public Builder targetName(String value) {
            this.targetName = value;
            return this;
        }

        /** Sets {@code targetFramework}. */
        public Builder targetFramework(String value) {
            this.targetFramework = value;
            return this;
        }

        /** Sets {@code targetType}, e.g. {@link AlignmentTargetType#CFITEM} or an {@code ext:} term. */
        public Builder targetType(AlignmentTargetType value) {
            this.targetType = value;
            return this;
        }

        /** Sets {@code targetUrl} (required). */
        public Builder targetUrl(String value) {
            this.targetUrl = value;
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
        public Alignment build() {
            try {
                Lists.copyRequired(type, "type");
                return new Alignment(type, targetCode, targetDescription, targetName, targetFramework, targetType,
                        targetUrl, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Alignment: " + e.getMessage(), e);
            }
        }
    }
}
