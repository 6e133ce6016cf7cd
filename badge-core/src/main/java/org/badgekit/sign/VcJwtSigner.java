package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;

/**
 * Signs OB 3.0 credentials as VC-JWT, VC 2.0 form: the payload is the credential JSON plus {@code iss} (issuer id), {@code jti}
 * (credential id), {@code sub} (credentialSubject.id, when there is one), {@code nbf} (validFrom) and {@code exp}
 * (validUntil, when there is one). Header: {@code alg}, {@code typ: "JWT"}, and {@code kid} or the public {@code jwk}.
 *
 * <p>Immutable and thread-safe; build once, sign many.
 */
public final class VcJwtSigner {
    private final IssuerKey key;
    private final String kid;
    private final JWSAlgorithm algorithm;
    private final boolean embedJwk;
    private final JWSSigner signer;
    private final JWSHeader header;

    private VcJwtSigner(IssuerKey key, String kid, JWSAlgorithm algorithm, boolean embedJwk) throws BadgeException {
        this.key = Objects.requireNonNull(key, "key");
        this.kid = kid;
        this.algorithm = algorithm;
        this.embedJwk = embedJwk || kid == null;
        this.signer = JwsAlgorithms.signer(key, algorithm);
        JWSHeader.Builder builder = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        if (kid != null) {
            builder.keyID(kid);
        }
        if (this.embedJwk) {
            try {
                builder.jwk(JWK.parse(JsonCodec.write(key.publicJwk())));
            } catch (ParseException e) {
                throw new BadgeException(BadgeException.Code.INTERNAL, "public JWK of key " + key.thumbprint() + " does not parse", e);
            }
        }
        this.header = builder.build();
    }

    static VcJwtSigner of(IssuerKey key, String kid) throws BadgeException {
        return new VcJwtSigner(key, kid, JWSAlgorithm.parse(key.type().defaultJwsAlgorithm()), false);
    }

    /**
     * The same signer with another algorithm (e.g. {@code PS256} or {@code RS512} for an RSA key).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when the algorithm is not allowed or does not fit the key
     */
    public VcJwtSigner withAlgorithm(String alg) throws BadgeException {
        return new VcJwtSigner(key, kid, JwsAlgorithms.allowed(alg), embedJwk);
    }

    /** The same signer, also putting the public {@code jwk} in the header next to the {@code kid}. */
    public VcJwtSigner withEmbeddedJwk() throws BadgeException {
        return new VcJwtSigner(key, kid, algorithm, true);
    }

    /**
     * Signs {@code credential} (not modified).
     *
     * @throws BadgeException {@code INVALID_INPUT} naming the missing member (issuer id, validFrom) or a date that does not
     *     parse; {@code SIGNING_FAILED} when the signature cannot be made
     */
    public String sign(ObjectNode credential) throws BadgeException {
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", issuerId(credential));
        String id = credential.path("id").asText(null);
        if (id != null) {
            payload.put("jti", id);
        }
        String subject = firstSubject(credential).path("id").asText(null);
        if (subject != null) {
            payload.put("sub", subject);
        }
        String validFrom = credential.has("validFrom") ? "validFrom" : "issuanceDate";
        if (!credential.has(validFrom)) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "credential has no validFrom; VC-JWT needs it for the nbf claim", "/validFrom", null);
        }
        payload.put("nbf", epochSeconds(credential, validFrom));
        String validUntil = credential.has("validUntil") ? "validUntil" : "expirationDate";
        if (credential.has(validUntil)) {
            payload.put("exp", epochSeconds(credential, validUntil));
        }
        JWSObject jws = new JWSObject(header, new Payload(JsonCodec.write(payload)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new BadgeException(BadgeException.Code.SIGNING_FAILED, "cannot sign with key " + key.thumbprint() + ": "
                    + e.getMessage(), e);
        }
        return jws.serialize();
    }

    static String issuerId(JsonNode credential) throws BadgeException {
        JsonNode issuer = credential.get("issuer");
        String id = issuer == null ? null : issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
        if (id == null || id.isEmpty()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "credential has no issuer id; VC-JWT needs it for iss",
                    "/issuer", null);
        }
        return id;
    }

    static JsonNode firstSubject(JsonNode credential) {
        JsonNode subject = credential.path("credentialSubject");
        return subject.isArray() ? subject.path(0) : subject;
    }

    private static long epochSeconds(JsonNode credential, String member) throws BadgeException {
        String text = credential.path(member).asText();
        try {
            return Instant.parse(text).getEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant().getEpochSecond();
            } catch (DateTimeParseException again) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, member + " '" + text + "' is not an xsd:dateTime with a "
                        + "time zone", "/" + member, again);
            }
        }
    }

    /** Names the key by thumbprint only. */
    @Override
    public String toString() {
        return "VcJwtSigner[" + algorithm.getName() + ", kid " + kid + ", key " + key.thumbprint() + "]";
    }
}
