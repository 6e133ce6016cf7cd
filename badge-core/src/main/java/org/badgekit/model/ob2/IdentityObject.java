package org.badgekit.model.ob2;

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
 * The OB 2.0 recipient IdentityObject: the (usually hashed) identity of the earner.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v2p0/">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "identity", "hashed", "salt"})
public record IdentityObject(
        String type,
        String identity,
        Boolean hashed,
        String salt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public IdentityObject {
        Require.present(type, "type");
        Require.present(identity, "identity");
        Require.present(hashed, "hashed");
        extensions = Extensions.copy(extensions);
    }

    /** The recipient's e-mail address, normalized and hashed with a fresh salt ({@code sha256$...}). */
    public static IdentityObject hashedEmail(String email, java.security.SecureRandom random) {
        org.badgekit.model.IdentityHash.Salted salted = org.badgekit.model.IdentityHash.hashEmail(email, random);
        return new IdentityObject("email", salted.identityHash(), true, salted.salt(), null);
    }

    /**
     * Whether {@code candidate} is this recipient: hashed identities ({@code sha256$}, {@code md5$}) via
     * {@link org.badgekit.model.IdentityHash#matches}, plain ones ignoring case and surrounding space.
     */
    public boolean matches(String candidate) {
        if (hashed) {
            return org.badgekit.model.IdentityHash.matches(identity, salt, candidate);
        }
        return org.badgekit.model.IdentityHash.normalizeEmail(identity)
                .equals(org.badgekit.model.IdentityHash.normalizeEmail(candidate));
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.identity = identity;
        b.hashed = hashed;
        b.salt = salt;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link IdentityObject}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String type = "email";
        private String identity;
        private Boolean hashed;
        private String salt;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets {@code identity}: an IdentityHash ({@code sha256$...}) or the plaintext identity. */
        public Builder identity(String value) {
            this.identity = value;
            return this;
        }

        /** Sets {@code hashed}. */
        public Builder hashed(Boolean value) {
            this.hashed = value;
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
                return new IdentityObject(type, identity, hashed, salt, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("IdentityObject: " + e.getMessage(), e);
            }
        }
    }
}
