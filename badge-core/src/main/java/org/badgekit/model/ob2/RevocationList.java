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
 * An OB 2.0 RevocationList: the assertions an issuer revoked (ids as strings, or objects with a reason).
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "type", "id", "issuer", "revokedAssertions"})
public record RevocationList(
        @JsonProperty("@context") JsonNode context,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String id,
        String issuer,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<ObjectNode>> revokedAssertions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public RevocationList {
        type = Lists.copy(type, "type");
        revokedAssertions = Lists.copy(revokedAssertions, "revokedAssertions");
        extensions = Extensions.copy(extensions);
    }

    /**
     * The revocation entry for an assertion, if the list has one: matched by {@code id} (an entry string or an object's
     * {@code id}) or, for legacy lists, by {@code uid}. A string entry has no reason; an object's {@code revocationReason}
     * is kept in it.
     *
     * @param assertionId the assertion's {@code id}
     * @param uid the assertion's legacy {@code uid}, or null
     */
    public java.util.Optional<Ref<ObjectNode>> entryFor(String assertionId, String uid) {
        for (Ref<ObjectNode> entry : revokedAssertions) {
            if (entry.iri() != null) {
                if (entry.iri().equals(assertionId)) {
                    return java.util.Optional.of(entry);
                }
            } else if (entry.object().path("id").asText("").equals(assertionId)
                    || (uid != null && entry.object().path("uid").asText("").equals(uid))) {
                return java.util.Optional.of(entry);
            }
        }
        return java.util.Optional.empty();
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
        b.issuer = issuer;
        b.revokedAssertions = new ArrayList<>(revokedAssertions);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link RevocationList}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context = Ob2.CONTEXT;
        private List<String> type = new ArrayList<>(List.of("RevocationList"));
        private String id;
        private String issuer;
        private List<Ref<ObjectNode>> revokedAssertions = new ArrayList<>();
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

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code issuer}. */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /** Sets {@code revokedAssertions}: assertion ids, or objects with {@code id} (or legacy {@code uid}) and {@code revocationReason}. Replaces any values set before. */
        public Builder revokedAssertions(List<Ref<ObjectNode>> values) {
            this.revokedAssertions = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code revokedAssertions}. */
        public Builder addRevokedAssertions(Ref<ObjectNode> value) {
            this.revokedAssertions.add(Objects.requireNonNull(value, "revokedAssertions"));
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
        public RevocationList build() {
            try {
                Lists.copyRequired(type, "type");
                return new RevocationList(context, type, id, issuer, revokedAssertions, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("RevocationList: " + e.getMessage(), e);
            }
        }
    }
}
