package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.resolve.DocumentResolver;

/**
 * Verifies OB 3.0 VC-JWTs in both forms: VC 2.0 (the payload is the credential) and VC 1.1 (the credential is in a {@code vc}
 * claim). Checks, in order: the algorithm allow-list, the header ({@code typ}, no private {@code jwk}, no {@code crit}), the
 * key and its binding to the issuer ({@link KeyLocator}), the signature, then {@code iss}/{@code jti}/{@code sub}/{@code nbf}/
 * {@code exp} against the credential and {@code nbf}/{@code exp} against the clock.
 *
 * <p>A bad token is a {@link ProofResult} with {@code signatureValid == false} and the reason, never an exception. That
 * includes a {@link KeyBinding#CONTRADICTED} key even when its signature is mathematically sound, so that a caller reading
 * only {@code signatureValid} can never accept a forger's key. An {@link KeyBinding#UNCONFIRMED} binding with a sound
 * signature is {@code signatureValid == true}: the caller's policy decides (a warning by default, a failure when strict).
 */
public final class VcJwtVerifier {
    private static final Set<String> TYPES = Set.of("JWT", "vc+jwt", "vc+ld+jwt", "application/vc+jwt");

    private final DocumentResolver resolver;
    private final Clock clock;

    private VcJwtVerifier(DocumentResolver resolver, Clock clock) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    static VcJwtVerifier of(DocumentResolver resolver) {
        return new VcJwtVerifier(resolver, Clock.systemUTC());
    }

    /** The same verifier judging {@code nbf}/{@code exp} at the clock's instant. */
    public VcJwtVerifier withClock(Clock clock) {
        return new VcJwtVerifier(resolver, clock);
    }

    /**
     * Verifies {@code token}.
     *
     * @return the result; {@code suite} is the token's {@code alg} (or {@code JWT} when it has none usable)
     * @throws BadgeException only when a resolver fails to read a document it has (I/O, size limit)
     */
    public ProofResult verify(String token) throws BadgeException {
        CompactJws jws;
        try {
            jws = CompactJws.parse(token);
        } catch (BadgeException e) {
            return failed("JWT", KeyBinding.UNCONFIRMED, null, e.getMessage());
        }
        String alg = jws.algorithm().getName();
        String kid = jws.headerText("kid");
        String typ = jws.headerText("typ");
        if (jws.header().has("typ") && (typ == null || !TYPES.contains(typ))) {
            return failed(alg, KeyBinding.UNCONFIRMED, kid, "typ " + jws.header().get("typ") + " is not JWT (or vc+jwt)");
        }
        if (jws.header().has("crit")) {
            return failed(alg, KeyBinding.UNCONFIRMED, kid, "crit header parameters are not supported");
        }
        IssuerKey headerKey = null;
        JsonNode jwk = jws.header().get("jwk");
        if (jwk != null) {
            if (!jwk.isObject()) {
                return failed(alg, KeyBinding.UNCONFIRMED, kid, "jwk header is not a JSON object");
            }
            try {
                headerKey = IssuerKey.fromJwk(jwk);
            } catch (BadgeException e) {
                return failed(alg, KeyBinding.UNCONFIRMED, kid, "jwk header is not a usable public key: " + e.getMessage());
            }
        }
        ObjectNode payload = jws.payload();
        ObjectNode credential = VcJwt.credentialOf(payload);
        String issuerId;
        try {
            issuerId = VcJwtSigner.issuerId(credential);
        } catch (BadgeException e) {
            issuerId = payload.path("iss").asText(null);
        }
        KeyLocator.Located located = new KeyLocator(resolver).locate(kid, headerKey, issuerId);
        String method = located.verificationMethod();
        if (located.key() == null) {
            return failed(alg, located.binding(), method, located.note());
        }
        JWSVerifier verifier = JwsAlgorithms.verifier(located.key(), jws.algorithm());
        if (verifier == null) {
            return failed(alg, located.binding(), method, "alg " + alg + " does not fit the " + located.key().type().cliName()
                    + " key " + located.key().thumbprint());
        }
        try {
            if (!jws.jws().verify(verifier)) {
                return failed(alg, located.binding(), method, "signature does not verify with key " + located.key().thumbprint());
            }
        } catch (JOSEException | IllegalStateException e) {
            return failed(alg, located.binding(), method, "signature cannot be checked: " + e.getMessage());
        }
        String claims = checkClaims(payload, credential, issuerId, "vc+jwt".equals(typ) || "application/vc+jwt".equals(typ));
        if (claims != null) {
            return failed(alg, located.binding(), method, claims);
        }
        if (located.binding() == KeyBinding.CONTRADICTED) {
            return failed(alg, located.binding(), method, "signature verifies but " + located.note());
        }
        return new ProofResult(alg, true, located.binding(), method, "signature verifies; " + located.note(), false);
    }

    /** The first way the registered claims contradict the credential or the clock, or null when they agree. */
    private String checkClaims(ObjectNode payload, ObjectNode credential, String issuerId, boolean joseForm) {
        String iss = payload.path("iss").asText(null);
        if (iss == null ? !joseForm : !iss.equals(issuerId)) {
            return iss == null ? "iss claim is missing" : "iss " + iss + " does not match issuer id " + issuerId;
        }
        String id = credential.path("id").asText(null);
        String jti = payload.path("jti").asText(null);
        if (jti != null ? !jti.equals(id) : id != null && !joseForm) {
            return jti == null ? "jti claim is missing; expected credential id " + id : "jti " + jti + " does not match credential id " + id;
        }
        String subjectId = VcJwtSigner.firstSubject(credential).path("id").asText(null);
        String sub = payload.path("sub").asText(null);
        // OB 3.0 says sub MUST match credentialSubject.id, yet 1EdTech's own signed samples omit sub, and credentials identified
        // only by `identifier` have no subject id: compare when both exist, never invent a failure from an absence
        if (subjectId != null && sub != null && !sub.equals(subjectId)) {
            return "sub " + sub + " does not match credentialSubject.id " + subjectId;
        }
        Instant now = clock.instant();
        JsonNode nbf = payload.get("nbf");
        if (nbf != null) {
            if (!nbf.isIntegralNumber()) {
                return "nbf " + nbf + " is not a NumericDate";
            }
            Long validFrom = seconds(credential, "validFrom");
            Long issuanceDate = seconds(credential, "issuanceDate");
            if ((validFrom != null || issuanceDate != null) && !Long.valueOf(nbf.asLong()).equals(validFrom)
                    && !Long.valueOf(nbf.asLong()).equals(issuanceDate)) {
                return "nbf " + Instant.ofEpochSecond(nbf.asLong()) + " does not match validFrom " + credential.path("validFrom")
                        .asText(credential.path("issuanceDate").asText());
            }
            if (now.isBefore(Instant.ofEpochSecond(nbf.asLong()))) {
                return "not yet valid: nbf " + Instant.ofEpochSecond(nbf.asLong()) + " is after " + now;
            }
        } else if (!joseForm) {
            return "nbf claim is missing; expected validFrom as a NumericDate";
        }
        JsonNode exp = payload.get("exp");
        Long validUntil = seconds(credential, credential.has("validUntil") ? "validUntil" : "expirationDate");
        if (exp != null) {
            if (!exp.isIntegralNumber()) {
                return "exp " + exp + " is not a NumericDate";
            }
            if (validUntil != null && validUntil != exp.asLong()) {
                return "exp " + Instant.ofEpochSecond(exp.asLong()) + " does not match validUntil " + Instant.ofEpochSecond(validUntil);
            }
            if (!now.isBefore(Instant.ofEpochSecond(exp.asLong()))) {
                return "expired: exp " + Instant.ofEpochSecond(exp.asLong()) + " is not after " + now;
            }
        } else if (validUntil != null && !joseForm) {
            return "exp claim is missing; expected validUntil " + Instant.ofEpochSecond(validUntil);
        }
        return null;
    }

    private static Long seconds(JsonNode credential, String member) {
        JsonNode value = credential.get(member);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant().getEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ProofResult failed(String alg, KeyBinding binding, String method, String message) {
        return new ProofResult(alg, false, binding, method, message, false);
    }
}
