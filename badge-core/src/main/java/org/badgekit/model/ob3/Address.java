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
 * An OB 3.0 Address (schema.org PostalAddress) of a profile.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "addressCountry", "addressCountryCode", "addressRegion", "addressLocality", "streetAddress",
        "postOfficeBoxNumber", "postalCode", "geo"})
public record Address(
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        String addressCountry,
        String addressCountryCode,
        String addressRegion,
        String addressLocality,
        String streetAddress,
        String postOfficeBoxNumber,
        String postalCode,
        GeoCoordinates geo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Address {
        type = Lists.copy(type, "type");
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
        b.addressCountry = addressCountry;
        b.addressCountryCode = addressCountryCode;
        b.addressRegion = addressRegion;
        b.addressLocality = addressLocality;
        b.streetAddress = streetAddress;
        b.postOfficeBoxNumber = postOfficeBoxNumber;
        b.postalCode = postalCode;
        b.geo = geo;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Address}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<String> type = new ArrayList<>(List.of("Address"));
        private String addressCountry;
        private String addressCountryCode;
        private String addressRegion;
        private String addressLocality;
        private String streetAddress;
        private String postOfficeBoxNumber;
        private String postalCode;
        private GeoCoordinates geo;
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

        /** Sets {@code addressCountry}. */
        public Builder addressCountry(String value) {
            this.addressCountry = value;
            return this;
        }

        /** Sets {@code addressCountryCode}. */
        public Builder addressCountryCode(String value) {
            this.addressCountryCode = value;
            return this;
        }

        /** Sets {@code addressRegion}. */
        public Builder addressRegion(String value) {
            this.addressRegion = value;
            return this;
        }

        /** Sets {@code addressLocality}. */
        public Builder addressLocality(String value) {
            this.addressLocality = value;
            return this;
        }

        /** Sets {@code streetAddress}. */
        public Builder streetAddress(String value) {
            this.streetAddress = value;
            return this;
        }

        /** Sets {@code postOfficeBoxNumber}. */
        public Builder postOfficeBoxNumber(String value) {
            this.postOfficeBoxNumber = value;
            return this;
        }

        /** Sets {@code postalCode}. */
        public Builder postalCode(String value) {
            this.postalCode = value;
            return this;
        }

        /** Sets {@code geo}. */
        public Builder geo(GeoCoordinates value) {
            this.geo = value;
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
        public Address build() {
            try {
                Lists.copyRequired(type, "type");
                return new Address(type, addressCountry, addressCountryCode, addressRegion, addressLocality,
                        streetAddress, postOfficeBoxNumber, postalCode, geo, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Address: " + e.getMessage(), e);
            }
        }
    }
}
