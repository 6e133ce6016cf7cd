package org.badgekit.model.ob2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.badgekit.model.Timestamp;

/**
 * An OB 2.0 Assertion: one badge awarded to one recipient.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "id", "type", "recipient", "badge", "verification", "issuedOn", "image", "evidence",
        "narrative", "expires", "revoked", "revocationReason", "endorsement"})
public record Assertion(
        @JsonProperty("@context") JsonNode context,
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        IdentityObject recipient,
        Ref<BadgeClass> badge,
        VerificationObject verification,
        Timestamp issuedOn,
        Ref<Image> image,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<Evidence>> evidence,
        String narrative,
        Timestamp expires,
        Boolean revoked,
        String revocationReason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<Endorsement>> endorsement,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Assertion {
        Require.present(id, "id");
        type = Lists.copy(type, "type");
        evidence = Lists.copy(evidence, "evidence");
        endorsement = Lists.copy(endorsement, "endorsement");
        Ob2.requireUnlessRevoked(revoked, "recipient", recipient, "badge", badge, "verification", verification, "issuedOn", issuedOn);
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
        b.id = id;
        b.type = new ArrayList<>(type);
        b.recipient = recipient;
        b.badge = badge;
        b.verification = verification;
        b.issuedOn = issuedOn;
        b.image = image;
        b.evidence = new ArrayList<>(evidence);
        b.narrative = narrative;
        b.expires = expires;
        b.revoked = revoked;
        b.revocationReason = revocationReason;
        b.endorsement = new ArrayList<>(endorsement);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Assertion}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context = Ob2.CONTEXT;
        private String id;
        private List<String> type = new ArrayList<>(List.of("Assertion"));
        private IdentityObject recipient;
        private Ref<BadgeClass> badge;
        private VerificationObject verification;
        private Timestamp issuedOn;
        private Ref<Image> image;
        private List<Ref<Evidence>> evidence = new ArrayList<>();
        private String narrative;
        private Timestamp expires;
        private Boolean revoked;
        private String revocationReason;
        private List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. */
        public Builder context(JsonNode value) {
            this.context = value;
            return this;
        }

        /** Sets {@code id}: the hosted URL, or {@code urn:uuid:...} for a signed badge. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code type} (default {@code Assertion}; a revoked stub may omit it). Replaces any values set before. */
        public Builder type(List<String> values) {
            this.type = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code type}. */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /** Sets {@code recipient}. */
        public Builder recipient(IdentityObject value) {
            this.recipient = value;
            return this;
        }

        /** Sets {@code badge}: the BadgeClass URL or the embedded BadgeClass (required unless revoked). */
        public Builder badge(Ref<BadgeClass> value) {
            this.badge = value;
            return this;
        }

        /** Sets {@code verification}. */
        public Builder verification(VerificationObject value) {
            this.verification = value;
            return this;
        }

        /** Sets {@code issuedOn}. */
        public Builder issuedOn(Timestamp value) {
            this.issuedOn = value;
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(Ref<Image> value) {
            this.image = value;
            return this;
        }

        /** Sets {@code evidence}. Replaces any values set before. */
        public Builder evidence(List<Ref<Evidence>> values) {
            this.evidence = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code evidence}. */
        public Builder addEvidence(Ref<Evidence> value) {
            this.evidence.add(Objects.requireNonNull(value, "evidence"));
            return this;
        }

        /** Sets {@code narrative}. */
        public Builder narrative(String value) {
            this.narrative = value;
            return this;
        }

        /** Sets {@code expires}. */
        public Builder expires(Timestamp value) {
            this.expires = value;
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

        /** Sets {@code endorsement}. Replaces any values set before. */
        public Builder endorsement(List<Ref<Endorsement>> values) {
            this.endorsement = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsement}. */
        public Builder addEndorsement(Ref<Endorsement> value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
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
        public Assertion build() {
            try {
                Lists.copyRequired(type, "type");
                return new Assertion(context, id, type, recipient, badge, verification, issuedOn, image, evidence,
                        narrative, expires, revoked, revocationReason, endorsement, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Assertion: " + e.getMessage(), e);
            }
        }
    }
}
