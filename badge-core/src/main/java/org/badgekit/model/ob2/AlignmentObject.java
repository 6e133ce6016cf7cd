package org.badgekit.model.ob2;

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
 * An OB 2.0 AlignmentObject: a link from a BadgeClass to an educational framework node.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode"})
public record AlignmentObject(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String targetName,
        String targetUrl,
        String targetDescription,
        String targetFramework,
        String targetCode,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public AlignmentObject {
        Require.present(targetName, "targetName");
        Require.present(targetUrl, "targetUrl");
        type = Lists.copy(type, "type");
        extensions = Extensions.copy(extensions);
    }

    /** An alignment by name and URL; use the builder for description, framework and code. */
    public static AlignmentObject of(String targetName, String targetUrl) {
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
        b.targetName = targetName;
        b.targetUrl = targetUrl;
        b.targetDescription = targetDescription;
        b.targetFramework = targetFramework;
        b.targetCode = targetCode;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link AlignmentObject}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<String> type = new ArrayList<>();
        private String targetName;
        private String targetUrl;
        private String targetDescription;
        private String targetFramework;
        private String targetCode;
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

        /** Sets {@code targetName} (required). */
        public Builder targetName(String value) {
            this.targetName = value;
            return this;
        }

        /** Sets {@code targetUrl} (required). */
        public Builder targetUrl(String value) {
            this.targetUrl = value;
            return this;
        }

        /** Sets {@code targetDescription}. */
        public Builder targetDescription(String value) {
            this.targetDescription = value;
            return this;
        }

        /** Sets {@code targetFramework}. */
        public Builder targetFramework(String value) {
            this.targetFramework = value;
            return this;
        }

        /** Sets {@code targetCode}. */
        public Builder targetCode(String value) {
            this.targetCode = value;
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
        public AlignmentObject build() {
            try {
                return new AlignmentObject(type, targetName, targetUrl, targetDescription, targetFramework, targetCode,
                        extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("AlignmentObject: " + e.getMessage(), e);
            }
        }
    }
}
