package org.badgekit.model.ob3;

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
 * An OB 3.0 EndorsementCredential: a separately signed claim by an endorser about a profile, achievement or credential.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "id", "type", "name", "description", "credentialSubject", "awardedDate", "issuer",
        "validFrom", "validUntil", "issuanceDate", "expirationDate", "proof", "credentialSchema",
        "credentialStatus", "refreshService", "termsOfUse"})
public record EndorsementCredential(
        @JsonProperty("@context") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<ContextEntry> context,
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        String name,
        String description,
        EndorsementSubject credentialSubject,
        Timestamp awardedDate,
        ProfileRef issuer,
        Timestamp validFrom,
        Timestamp validUntil,
        Timestamp issuanceDate,
        Timestamp expirationDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Proof> proof,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<CredentialSchema> credentialSchema,
        CredentialStatus credentialStatus,
        RefreshService refreshService,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<TermsOfUse> termsOfUse,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public EndorsementCredential {
        Require.present(credentialSubject, "credentialSubject");
        Require.present(issuer, "issuer");
        context = Lists.copyRequired(context, "@context");
        type = Lists.copy(type, "type");
        proof = Lists.copy(proof, "proof");
        credentialSchema = Lists.copy(credentialSchema, "credentialSchema");
        termsOfUse = Lists.copy(termsOfUse, "termsOfUse");
        Require.presentUnless(validFrom, "validFrom", issuanceDate);
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = new ArrayList<>(context);
        b.id = id;
        b.type = new ArrayList<>(type);
        b.name = name;
        b.description = description;
        b.credentialSubject = credentialSubject;
        b.awardedDate = awardedDate;
        b.issuer = issuer;
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.issuanceDate = issuanceDate;
        b.expirationDate = expirationDate;
        b.proof = new ArrayList<>(proof);
        b.credentialSchema = new ArrayList<>(credentialSchema);
        b.credentialStatus = credentialStatus;
        b.refreshService = refreshService;
        b.termsOfUse = new ArrayList<>(termsOfUse);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link EndorsementCredential}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private List<ContextEntry> context = new ArrayList<>(ContextEntry.OB3_DEFAULT);
        private String id;
        private List<String> type = new ArrayList<>(List.of("VerifiableCredential", "EndorsementCredential"));
        private String name;
        private String description;
        private EndorsementSubject credentialSubject;
        private Timestamp awardedDate;
        private ProfileRef issuer;
        private Timestamp validFrom;
        private Timestamp validUntil;
        private Timestamp issuanceDate;
        private Timestamp expirationDate;
        private List<Proof> proof = new ArrayList<>();
        private List<CredentialSchema> credentialSchema = new ArrayList<>();
        private CredentialStatus credentialStatus;
        private RefreshService refreshService;
        private List<TermsOfUse> termsOfUse = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. Replaces any values set before. */
        public Builder context(List<ContextEntry> values) {
            this.context = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code @context}. */
        public Builder addContext(ContextEntry value) {
            this.context.add(Objects.requireNonNull(value, "context"));
            return this;
        }

        /** Sets {@code id} (required; the reader also accepts VC 1.1 endorsements without one). */
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

        /** Sets {@code name} (required; the reader also accepts VC 1.1 endorsements without one). */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code credentialSubject}. */
        public Builder credentialSubject(EndorsementSubject value) {
            this.credentialSubject = value;
            return this;
        }

        /** Sets {@code awardedDate}. */
        public Builder awardedDate(Timestamp value) {
            this.awardedDate = value;
            return this;
        }

        /** Sets {@code issuer}. */
        public Builder issuer(ProfileRef value) {
            this.issuer = value;
            return this;
        }

        /** Sets {@code validFrom}. */
        public Builder validFrom(Timestamp value) {
            this.validFrom = value;
            return this;
        }

        /** Sets {@code validUntil}. */
        public Builder validUntil(Timestamp value) {
            this.validUntil = value;
            return this;
        }

        /** Sets {@code issuanceDate} (VC 1.1 form only; new credentials use {@code validFrom}). */
        public Builder issuanceDate(Timestamp value) {
            this.issuanceDate = value;
            return this;
        }

        /** Sets {@code expirationDate} (VC 1.1 form only). */
        public Builder expirationDate(Timestamp value) {
            this.expirationDate = value;
            return this;
        }

        /** Sets {@code proof}. Replaces any values set before. */
        public Builder proof(List<Proof> values) {
            this.proof = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code proof}. */
        public Builder addProof(Proof value) {
            this.proof.add(Objects.requireNonNull(value, "proof"));
            return this;
        }

        /** Sets {@code credentialSchema}. Replaces any values set before. */
        public Builder credentialSchema(List<CredentialSchema> values) {
            this.credentialSchema = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code credentialSchema}. */
        public Builder addCredentialSchema(CredentialSchema value) {
            this.credentialSchema.add(Objects.requireNonNull(value, "credentialSchema"));
            return this;
        }

        /** Sets {@code credentialStatus}. */
        public Builder credentialStatus(CredentialStatus value) {
            this.credentialStatus = value;
            return this;
        }

        /** Sets {@code refreshService}. */
        public Builder refreshService(RefreshService value) {
            this.refreshService = value;
            return this;
        }

        /** Sets {@code termsOfUse}. Replaces any values set before. */
        public Builder termsOfUse(List<TermsOfUse> values) {
            this.termsOfUse = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code termsOfUse}. */
        public Builder addTermsOfUse(TermsOfUse value) {
            this.termsOfUse.add(Objects.requireNonNull(value, "termsOfUse"));
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
        public EndorsementCredential build() {
            try {
                Require.present(id, "id");
                Lists.copyRequired(type, "type");
                Require.present(name, "name");
                return new EndorsementCredential(context, id, type, name, description, credentialSubject, awardedDate,
                        issuer, validFrom, validUntil, issuanceDate, expirationDate, proof, credentialSchema, credentialStatus,
                        refreshService, termsOfUse, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("EndorsementCredential: " + e.getMessage(), e);
            }
        }
    }
}
