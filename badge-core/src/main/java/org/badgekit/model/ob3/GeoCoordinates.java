package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Require;

/**
 * OB 3.0 GeoCoordinates: a WGS84 position of an address.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "latitude", "longitude"})
public record GeoCoordinates(
        String type,
        BigDecimal latitude,
        BigDecimal longitude,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public GeoCoordinates {
        Require.present(latitude, "latitude");
        Require.present(longitude, "longitude");
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.latitude = latitude;
        b.longitude = longitude;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link GeoCoordinates}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String type = "GeoCoordinates";
        private BigDecimal latitude;
        private BigDecimal longitude;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code latitude}. */
        public Builder latitude(BigDecimal value) {
            this.latitude = value;
            return this;
        }

        /** Sets {@code longitude}. */
        public Builder longitude(BigDecimal value) {
            this.longitude = value;
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
        public GeoCoordinates build() {
            try {
                Require.present(type, "type");
                return new GeoCoordinates(type, latitude, longitude, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("GeoCoordinates: " + e.getMessage(), e);
            }
        }
    }
}
