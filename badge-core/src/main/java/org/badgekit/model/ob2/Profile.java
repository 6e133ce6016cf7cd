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
 * An OB 2.0 Profile (or Issuer): an issuer's identity, contact, keys and hosted-verification policy.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "id", "type", "name", "url", "email", "telephone", "description", "image", "publicKey",
        "verification", "revocationList", "endorsement", "related"})
public record Profile(
        @JsonProperty("@context") JsonNode context,
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> type,
        String name,
        String url,
        String email,
        String telephone,
        String description,
        Ref<Image> image,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<CryptographicKey>> publicKey,
        VerificationObject verification,
        String revocationList,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<Endorsement>> endorsement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Ref<ObjectNode>> related,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Profile {
        Require.present(id, "id");
        type = Lists.copy(type, "type");
        publicKey = Lists.copy(publicKey, "publicKey");
        endorsement = Lists.copy(endorsement, "endorsement");
        related = Lists.copy(related, "related");
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
        b.name = name;
        b.url = url;
        b.email = email;
        b.telephone = telephone;
        b.description = description;
        b.image = image;
        b.publicKey = new ArrayList<>(publicKey);
        b.verification = verification;
        b.revocationList = revocationList;
        b.endorsement = new ArrayList<>(endorsement);
        b.related = new ArrayList<>(related);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Profile}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private JsonNode context = Ob2.CONTEXT;
        private String id;
        private List<String> type = new ArrayList<>(List.of("Issuer"));
        private String name;
        private String url;
        private String email;
        private String telephone;
        private String description;
        private Ref<Image> image;
        private List<Ref<CryptographicKey>> publicKey = new ArrayList<>();
        private VerificationObject verification;
        private String revocationList;
        private List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private List<Ref<ObjectNode>> related = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. */
        public Builder context(JsonNode value) {
            this.context = value;
            return this;
        }

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

        /** Sets {@code name}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code url}. */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /** Sets {@code email}. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets {@code telephone}. */
        public Builder telephone(String value) {
            this.telephone = value;
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(Ref<Image> value) {
            this.image = value;
            return this;
        }

        /** Sets {@code publicKey}. Replaces any values set before. */
        public Builder publicKey(List<Ref<CryptographicKey>> values) {
            this.publicKey = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code publicKey}. */
        public Builder addPublicKey(Ref<CryptographicKey> value) {
            this.publicKey.add(Objects.requireNonNull(value, "publicKey"));
            return this;
        }

        /** Sets {@code verification}. */
        public Builder verification(VerificationObject value) {
            this.verification = value;
            return this;
        }

        /** Sets {@code revocationList}. */
        public Builder revocationList(String value) {
            this.revocationList = value;
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

        /** Sets {@code related}. Replaces any values set before. */
        public Builder related(List<Ref<ObjectNode>> values) {
            this.related = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code related}. */
        public Builder addRelated(Ref<ObjectNode> value) {
            this.related.add(Objects.requireNonNull(value, "related"));
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
        public Profile build() {
            try {
                Lists.copyRequired(type, "type");
                return new Profile(context, id, type, name, url, email, telephone, description, image, publicKey,
                        verification, revocationList, endorsement, related, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Profile: " + e.getMessage(), e);
            }
        }
    }
}
