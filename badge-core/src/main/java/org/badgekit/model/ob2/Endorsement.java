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
import org.badgekit.model.Timestamp;

/**
 * An OB 2.0 Endorsement: a claim by an issuer about a Profile, BadgeClass or Assertion.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "type", "id", "claim", "issuer", "issuedOn", "verification", "revoked",
        "revocationReason"})
public record Endorsement(
        @JsonProperty("@context") JsonNode context,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String id,
        ObjectNode claim,
        Ref<Profile> issuer,
        Timestamp issuedOn,
        VerificationObject verification,
        Boolean revoked,
        String revocationReason,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Endorsement {
        Require.present(id, "id");
        type = Lists.copy(type, "type");
        Ob2.requireUnlessRevoked(revoked, "claim", claim, "issuer", issuer, "issuedOn", issuedOn, "verification", verification);
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
        b.type = new ArrayList<>(type);
        b.id = id;
        b.claim = claim;
        b.issuer = issuer;
        b.issuedOn = issuedOn;
        b.verification = verification;
        b.revoked = revoked;
        b.revocationReason = revocationReason;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Endorsement}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context = Ob2.CONTEXT;
        private List<String> type = new ArrayList<>(List.of("Endorsement"));
        private String id;
        private ObjectNode claim;
        private Ref<Profile> issuer;
        private Timestamp issuedOn;
        private VerificationObject verification;
        private Boolean revoked;
        private String revocationReason;
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

        /** Sets {@code claim}. */
        public Builder claim(ObjectNode value) {
            this.claim = value;
            return this;
        }

        /** Sets {@code issuer}. */
        public Builder issuer(Ref<Profile> value) {
            this.issuer = value;
            return this;
        }

        /** Sets {@code issuedOn}. */
        public Builder issuedOn(Timestamp value) {
            this.issuedOn = value;
            return this;
        }

        /** Sets {@code verification}. */
        public Builder verification(VerificationObject value) {
            this.verification = value;
            return this;
        }

        /** Sets {@code revoked}. */
        public Builder revoked(Boolean value) {
            this.revoked = value;
            return this;
        }

        /** Sets {@code revocationReason}. */
        public Builder revocationReason(String value) {
            this.revocationReason = value;
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
        public Endorsement build() {
            try {
                Lists.copyRequired(type, "type");
                return new Endorsement(context, type, id, claim, issuer, issuedOn, verification, revoked,
                        revocationReason, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Endorsement: " + e.getMessage(), e);
            }
        }
    }
}
