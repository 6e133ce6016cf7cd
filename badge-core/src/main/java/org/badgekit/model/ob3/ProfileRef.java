package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code issuer} of a credential: either the URI of the issuer's Profile or the embedded Profile. The form that was read
 * is the form that is written.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#profileref">ProfileRef</a>.
 */
@JsonDeserialize(using = ProfileRef.Reader.class)
public record ProfileRef(String uri, Profile profile) {
    /** Exactly one of {@code uri} and {@code profile} is set. */
    public ProfileRef {
        if ((uri == null) == (profile == null)) {
            throw new IllegalArgumentException("an issuer is either a URI or a Profile object, not both or neither");
        }
    }

    /** An issuer given by the URI of its Profile. */
    public static ProfileRef of(String uri) {
        return new ProfileRef(Objects.requireNonNull(uri, "uri"), null);
    }

    /** An embedded issuer Profile (what OB 3.0 issuers normally write). */
    public static ProfileRef of(Profile profile) {
        return new ProfileRef(null, Objects.requireNonNull(profile, "profile"));
    }

    /** The issuer's id: the URI, or the embedded Profile's {@code id}. */
    public String id() {
        return uri != null ? uri : profile.id();
    }

    /** Whether the Profile is embedded (rather than referenced by URI). */
    public boolean isEmbedded() {
        return profile != null;
    }

    /** The embedded Profile, if there is one. */
    public Optional<Profile> embedded() {
        return Optional.ofNullable(profile);
    }

    /** The value as written in JSON: the URI string or the Profile. */
    @JsonValue
    public Object json() {
        return uri != null ? uri : profile;
    }

    /** Reads a string or a Profile object; anything else is an error at the issuer's pointer. */
    static final class Reader extends StdDeserializer<ProfileRef> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(ProfileRef.class);
        }

        @Override
        public ProfileRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return of(p.getText());
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return of(ctxt.readValue(p, Profile.class));
            }
            return (ProfileRef) ctxt.handleUnexpectedToken(ProfileRef.class, p.currentToken(), p,
                    "expected an issuer URI string or a Profile object");
        }
    }
}
