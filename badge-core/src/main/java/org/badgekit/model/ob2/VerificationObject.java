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
 * An OB 2.0 VerificationObject: how an Assertion is verified (hosted, signed), or an issuer's policy.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "creator", "verificationProperty", "startsWith", "allowedOrigins"})
public record VerificationObject(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String creator,
        String verificationProperty,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> startsWith,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> allowedOrigins,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public VerificationObject {
        type = Lists.copy(type, "type");
        startsWith = Lists.copy(startsWith, "startsWith");
        allowedOrigins = Lists.copy(allowedOrigins, "allowedOrigins");
        extensions = Extensions.copy(extensions);
    }

    /** Hosted verification: the Assertion is served at its {@code id}. */
    public static VerificationObject hosted() {
        return newBuilder().addType("HostedBadge").build();
    }

    /** Signed verification: the Assertion is a JWS made with the key published at {@code creator}. */
    public static VerificationObject signed(String creator) {
        return newBuilder().addType("SignedBadge").creator(creator).build();
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = new ArrayList<>(type);
        b.creator = creator;
        b.verificationProperty = verificationProperty;
        b.startsWith = new ArrayList<>(startsWith);
        b.allowedOrigins = new ArrayList<>(allowedOrigins);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link VerificationObject}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<String> type = new ArrayList<>();
        private String creator;
        private String verificationProperty;
        private List<String> startsWith = new ArrayList<>();
        private List<String> allowedOrigins = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}: {@code HostedBadge} or {@code SignedBadge} in an Assertion; absent or {@code VerificationObject} in an issuer policy. Replaces any values set before. */
        public Builder type(List<String> values) {
            this.type = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code type}. */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /** Sets {@code creator}: the URL of the CryptographicKey that signed a SignedBadge. */
        public Builder creator(String value) {
            this.creator = value;
            return this;
        }

        /** Sets {@code verificationProperty}. */
        public Builder verificationProperty(String value) {
            this.verificationProperty = value;
            return this;
        }

        /** Sets {@code startsWith}. Replaces any values set before. */
        public Builder startsWith(List<String> values) {
            this.startsWith = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code startsWith}. */
        public Builder addStartsWith(String value) {
            this.startsWith.add(Objects.requireNonNull(value, "startsWith"));
            return this;
        }

        /** Sets {@code allowedOrigins}. Replaces any values set before. */
        public Builder allowedOrigins(List<String> values) {
            this.allowedOrigins = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code allowedOrigins}. */
        public Builder addAllowedOrigins(String value) {
            this.allowedOrigins.add(Objects.requireNonNull(value, "allowedOrigins"));
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
        public VerificationObject build() {
            try {
                return new VerificationObject(type, creator, verificationProperty, startsWith, allowedOrigins,
                        extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("VerificationObject: " + e.getMessage(), e);
            }
        }
    }
}
