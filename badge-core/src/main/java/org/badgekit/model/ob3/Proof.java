package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Require;
import org.badgekit.model.Timestamp;

/**
 * A proof (signature) of a credential; Data Integrity ({@code DataIntegrityProof}) or legacy suites.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "created", "cryptosuite", "challenge", "domain", "nonce", "proofPurpose", "proofValue",
        "verificationMethod"})
public record Proof(
        String type,
        Timestamp created,
        String cryptosuite,
        String challenge,
        String domain,
        String nonce,
        String proofPurpose,
        String proofValue,
        String verificationMethod,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Proof {
        Require.present(type, "type");
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
        b.created = created;
        b.cryptosuite = cryptosuite;
        b.challenge = challenge;
        b.domain = domain;
        b.nonce = nonce;
        b.proofPurpose = proofPurpose;
        b.proofValue = proofValue;
        b.verificationMethod = verificationMethod;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Proof}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String type;
        private Timestamp created;
        private String cryptosuite;
        private String challenge;
        private String domain;
        private String nonce;
        private String proofPurpose;
        private String proofValue;
        private String verificationMethod;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code created}. */
        public Builder created(Timestamp value) {
            this.created = value;
            return this;
        }

        /** Sets {@code cryptosuite}. */
        public Builder cryptosuite(String value) {
            this.cryptosuite = value;
            return this;
        }

        /** Sets {@code challenge}. */
        public Builder challenge(String value) {
            this.challenge = value;
            return this;
        }

        /** Sets {@code domain}. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** Sets {@code nonce}. */
        public Builder nonce(String value) {
            this.nonce = value;
            return this;
        }

        /** Sets {@code proofPurpose}. */
        public Builder proofPurpose(String value) {
            this.proofPurpose = value;
            return this;
        }

        /** Sets {@code proofValue}. */
        public Builder proofValue(String value) {
            this.proofValue = value;
            return this;
        }

        /** Sets {@code verificationMethod}. */
        public Builder verificationMethod(String value) {
            this.verificationMethod = value;
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
        public Proof build() {
            try {
                return new Proof(type, created, cryptosuite, challenge, domain, nonce, proofPurpose, proofValue,
                        verificationMethod, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Proof: " + e.getMessage(), e);
            }
        }
    }
}
