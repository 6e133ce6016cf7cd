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

/**
 * An OB 3.0 IdentityObject: a (usually hashed) identifier of the recipient, e.g. an e-mail address.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "hashed", "identityHash", "identityType", "salt"})
public record IdentityObject(
        String type,
        Boolean hashed,
        String identityHash,
        IdentifierType identityType,
        String salt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public IdentityObject {
        Require.present(hashed, "hashed");
        Require.present(identityHash, "identityHash");
        Require.present(identityType, "identityType");
        extensions = Extensions.copy(extensions);
    }

    /**
     * The recipient's e-mail address, normalized and hashed with a fresh salt ({@code sha256$...}), as issuers should write it.
     */
    public static IdentityObject hashedEmail(String email, java.security.SecureRandom random) {
        org.badgekit.model.IdentityHash.Salted salted = org.badgekit.model.IdentityHash.hashEmail(email, random);
        return new IdentityObject("IdentityObject", true, salted.identityHash(), IdentifierType.EMAIL_ADDRESS, salted.salt(),
                null);
    }

    /** An identifier in plain text (not hashed), e.g. a student number that is not personal data. */
    public static IdentityObject plain(IdentifierType identityType, String identity) {
        return new IdentityObject("IdentityObject", false, identity, identityType, null, null);
    }

    /**
     * Whether {@code candidate} is this identity: hashed identities via {@link org.badgekit.model.IdentityHash#matches},
     * plain ones by equality (e-mail addresses ignoring case and surrounding space).
     */
    public boolean matches(String candidate) {
        if (hashed) {
            return org.badgekit.model.IdentityHash.matches(identityHash, salt, candidate);
        }
        return identityHash.equals(candidate) || (IdentifierType.EMAIL_ADDRESS.equals(identityType)
                && org.badgekit.model.IdentityHash.normalizeEmail(identityHash)
                        .equals(org.badgekit.model.IdentityHash.normalizeEmail(candidate)));
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.hashed = hashed;
        b.identityHash = identityHash;
        b.identityType = identityType;
        b.salt = salt;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link IdentityObject}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String type = "IdentityObject";
        private Boolean hashed;
        private String identityHash;
        private IdentifierType identityType;
        private String salt;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code hashed}. */
        public Builder hashed(Boolean value) {
            this.hashed = value;
            return this;
        }

        /** Sets {@code identityHash}. */
        public Builder identityHash(String value) {
            this.identityHash = value;
            return this;
        }

        /** Sets {@code identityType}. */
        public Builder identityType(IdentifierType value) {
            this.identityType = value;
            return this;
        }

        /** Sets {@code salt}. */
        public Builder salt(String value) {
            this.salt = value;
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
        public IdentityObject build() {
            try {
                Require.present(type, "type");
                return new IdentityObject(type, hashed, identityHash, identityType, salt, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("IdentityObject: " + e.getMessage(), e);
            }
        }
    }
}
