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
 * An OB 3.0 Profile: an issuer, creator, assessing source, parent organisation or endorser.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "url", "phone", "description", "endorsement", "endorsementJwt", "image",
        "email", "address", "otherIdentifier", "official", "parentOrg", "familyName", "givenName",
        "additionalName", "patronymicName", "honorificPrefix", "honorificSuffix", "familyNamePrefix",
        "dateOfBirth"})
public record Profile(
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        String name,
        String url,
        String phone,
        String description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<EndorsementCredential> endorsement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> endorsementJwt,
        Image image,
        String email,
        Address address,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<IdentifierEntry> otherIdentifier,
        String official,
        Profile parentOrg,
        String familyName,
        String givenName,
        String additionalName,
        String patronymicName,
        String honorificPrefix,
        String honorificSuffix,
        String familyNamePrefix,
        String dateOfBirth,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Profile {
        Require.present(id, "id");
        type = Lists.copy(type, "type");
        endorsement = Lists.copy(endorsement, "endorsement");
        endorsementJwt = Lists.copy(endorsementJwt, "endorsementJwt");
        otherIdentifier = Lists.copy(otherIdentifier, "otherIdentifier");
        extensions = Extensions.copy(extensions);
    }

    /** A profile with id and name (an issuer needs no more to be valid). */
    public static Profile of(String id, String name) {
        return newBuilder().id(id).name(name).build();
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = new ArrayList<>(type);
        b.name = name;
        b.url = url;
        b.phone = phone;
        b.description = description;
        b.endorsement = new ArrayList<>(endorsement);
        b.endorsementJwt = new ArrayList<>(endorsementJwt);
        b.image = image;
        b.email = email;
        b.address = address;
        b.otherIdentifier = new ArrayList<>(otherIdentifier);
        b.official = official;
        b.parentOrg = parentOrg;
        b.familyName = familyName;
        b.givenName = givenName;
        b.additionalName = additionalName;
        b.patronymicName = patronymicName;
        b.honorificPrefix = honorificPrefix;
        b.honorificSuffix = honorificSuffix;
        b.familyNamePrefix = familyNamePrefix;
        b.dateOfBirth = dateOfBirth;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Profile}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private List<String> type = new ArrayList<>(List.of("Profile"));
        private String name;
        private String url;
        private String phone;
        private String description;
        private List<EndorsementCredential> endorsement = new ArrayList<>();
        private List<String> endorsementJwt = new ArrayList<>();
        private Image image;
        private String email;
        private Address address;
        private List<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private String official;
        private Profile parentOrg;
        private String familyName;
        private String givenName;
        private String additionalName;
        private String patronymicName;
        private String honorificPrefix;
        private String honorificSuffix;
        private String familyNamePrefix;
        private String dateOfBirth;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}, an HTTPS URL or DID (required). */
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

        /** Sets {@code phone}. */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code endorsement}. Replaces any values set before. */
        public Builder endorsement(List<EndorsementCredential> values) {
            this.endorsement = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsement}. */
        public Builder addEndorsement(EndorsementCredential value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
            return this;
        }

        /** Sets {@code endorsementJwt}. Replaces any values set before. */
        public Builder endorsementJwt(List<String> values) {
            this.endorsementJwt = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsementJwt}. */
        public Builder addEndorsementJwt(String value) {
            this.endorsementJwt.add(Objects.requireNonNull(value, "endorsementJwt"));
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /** Sets {@code email}. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets {@code address}. */
        public Builder address(Address value) {
            this.address = value;
            return this;
        }

        /** Sets {@code otherIdentifier}. Replaces any values set before. */
        public Builder otherIdentifier(List<IdentifierEntry> values) {
            this.otherIdentifier = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code otherIdentifier}. */
        public Builder addOtherIdentifier(IdentifierEntry value) {
            this.otherIdentifier.add(Objects.requireNonNull(value, "otherIdentifier"));
            return this;
        }

        /** Sets {@code official}. */
        public Builder official(String value) {
            this.official = value;
            return this;
        }

        /** Sets {@code parentOrg}. */
        public Builder parentOrg(Profile value) {
            this.parentOrg = value;
            return this;
        }

        /** Sets {@code familyName}. */
        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        /** Sets {@code givenName}. */
        public Builder givenName(String value) {
            this.givenName = value;
            return this;
        }

        /** Sets {@code additionalName}. */
        public Builder additionalName(String value) {
            this.additionalName = value;
            return this;
        }

        /** Sets {@code patronymicName}. */
        public Builder patronymicName(String value) {
            this.patronymicName = value;
            return this;
        }

        /** Sets {@code honorificPrefix}. */
        public Builder honorificPrefix(String value) {
            this.honorificPrefix = value;
            return this;
        }

        /** Sets {@code honorificSuffix}. */
        public Builder honorificSuffix(String value) {
            this.honorificSuffix = value;
            return this;
        }

        /** Sets {@code familyNamePrefix}. */
        public Builder familyNamePrefix(String value) {
            this.familyNamePrefix = value;
            return this;
        }

        /** Sets {@code dateOfBirth}, a date {@code YYYY-MM-DD}. */
        public Builder dateOfBirth(String value) {
            this.dateOfBirth = value;
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
                return new Profile(id, type, name, url, phone, description, endorsement, endorsementJwt, image, email,
                        address, otherIdentifier, official, parentOrg, familyName, givenName, additionalName, patronymicName,
                        honorificPrefix, honorificSuffix, familyNamePrefix, dateOfBirth, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Profile: " + e.getMessage(), e);
            }
        }
    }
}
