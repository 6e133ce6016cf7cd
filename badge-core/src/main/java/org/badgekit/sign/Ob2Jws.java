package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.resolve.DocumentResolver;

/**
 * OB 2.0 signed assertions (<a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#SignedBadge">
 * SignedBadge</a>): a compact JWS, RS256, whose payload is the assertion JSON.
 *
 * <p>Verification follows the spec's steps: the keys come only from the <em>hosted</em> issuer Profile (resolved from the
 * BadgeClass's issuer id, never from an embedded profile); {@code verification.creator}, when present, must be one of that
 * profile's {@code publicKey}s; each key is a {@code CryptographicKey} whose {@code owner} is the issuer and whose
 * {@code publicKeyPem} verifies the signature. Revocation lists are checked by the status package, not here.
 */
public final class Ob2Jws {
    private Ob2Jws() {}

    /**
     * Signs an OB 2.0 assertion with RS256 ({@code {"alg":"RS256","typ":"JWT"}}); the assertion is not modified.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when the key is not RSA, {@code KEY_ERROR} without a private key
     */
    public static String sign(IssuerKey key, ObjectNode assertion) throws BadgeException {
        JWSSigner signer = JwsAlgorithms.signer(key, JWSAlgorithm.RS256);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                new Payload(JsonCodec.write(assertion)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new BadgeException(BadgeException.Code.SIGNING_FAILED, "cannot sign the assertion: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /** The assertion inside a signed badge, unchecked (for display and the data checks). */
    public static ObjectNode assertion(String token) throws BadgeException {
        return CompactJws.parse(token).payload().deepCopy();
    }

    /**
     * Verifies a signed assertion against the keys of its hosted issuer profile.
     *
     * @param resolver resolves the BadgeClass (when linked), the issuer Profile and the CryptographicKey documents
     * @throws BadgeException only when the resolver fails to read a document it has
     */
    public static ProofResult verify(String token, DocumentResolver resolver) throws BadgeException {
        Objects.requireNonNull(resolver, "resolver");
        CompactJws jws;
        try {
            jws = CompactJws.parse(token);
        } catch (BadgeException e) {
            return failed("JWS", KeyBinding.UNCONFIRMED, null, e.getMessage());
        }
        String alg = jws.algorithm().getName();
        ObjectNode assertion = jws.payload();
        JsonNode verification = assertion.has("verification") ? assertion.get("verification") : assertion.path("verify");
        String type = verification.path("type").asText("");
        if (!type.equals("SignedBadge") && !type.equals("signed")) {
            return failed(alg, KeyBinding.UNCONFIRMED, null, "verification.type '" + type + "' is not SignedBadge");
        }
        String creator = verification.path("creator").asText(null);
        String issuerId = issuerId(assertion, resolver);
        if (issuerId == null) {
            return failed(alg, KeyBinding.UNCONFIRMED, creator, "the assertion's BadgeClass and its issuer id could not be resolved");
        }
        Optional<JsonNode> profile = DocumentKeys.fetch(resolver, issuerId);
        if (profile.isEmpty()) {
            return failed(alg, KeyBinding.UNCONFIRMED, creator, "hosted issuer profile " + issuerId
                    + " could not be resolved; OB 2.0 keys must come from it");
        }
        List<String> keyIds = new ArrayList<>();
        for (JsonNode entry : DocumentKeys.each(profile.get().get("publicKey"))) {
            String id = entry.isTextual() ? entry.asText() : entry.path("id").asText(null);
            if (id != null) {
                keyIds.add(id);
            }
        }
        if (keyIds.isEmpty()) {
            return failed(alg, KeyBinding.CONTRADICTED, creator, "issuer profile " + issuerId + " lists no publicKey");
        }
        if (creator != null) {
            if (!keyIds.contains(creator)) {
                return failed(alg, KeyBinding.CONTRADICTED, creator, "verification.creator " + creator
                        + " is not a publicKey of issuer profile " + issuerId);
            }
            keyIds = List.of(creator);
        }
        String problem = "no key of issuer profile " + issuerId + " could be resolved";
        KeyBinding binding = KeyBinding.UNCONFIRMED;
        for (String keyId : keyIds) {
            Optional<JsonNode> document = DocumentKeys.fetch(resolver, keyId);
            if (document.isEmpty()) {
                continue;
            }
            String owner = document.get().path("owner").asText(null);
            if (!issuerId.equals(owner)) {
                problem = "key " + keyId + " is owned by " + owner + ", not by the issuer " + issuerId;
                binding = KeyBinding.CONTRADICTED;
                continue;
            }
            IssuerKey key = DocumentKeys.keyOf(document.get());
            JWSVerifier verifier = key == null ? null : JwsAlgorithms.verifier(key, jws.algorithm());
            if (verifier == null) {
                problem = "key " + keyId + " has no publicKeyPem usable with alg " + alg;
                continue;
            }
            try {
                if (jws.jws().verify(verifier)) {
                    return new ProofResult(alg, true, KeyBinding.BOUND, keyId, "signature verifies with issuer key " + keyId, false);
                }
                problem = "signature does not verify with issuer key " + keyId;
                binding = KeyBinding.BOUND;
            } catch (JOSEException | IllegalStateException e) {
                problem = "signature cannot be checked with key " + keyId + ": " + e.getMessage();
            }
        }
        return failed(alg, binding, creator, problem);
    }

    /** The issuer id of the assertion's BadgeClass: the linked one resolved, else the embedded one's {@code issuer}. */
    private static String issuerId(ObjectNode assertion, DocumentResolver resolver) throws BadgeException {
        JsonNode badge = assertion.get("badge");
        if (badge == null) {
            return null;
        }
        JsonNode badgeClass = badge;
        if (badge.isTextual()) {
            Optional<JsonNode> resolved = DocumentKeys.fetch(resolver, badge.asText());
            if (resolved.isEmpty()) {
                return null;
            }
            badgeClass = resolved.get();
        }
        JsonNode issuer = badgeClass.get("issuer");
        if (issuer == null) {
            return null;
        }
        return issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
    }

    private static ProofResult failed(String alg, KeyBinding binding, String method, String message) {
        return new ProofResult(alg, false, binding, method, message, false);
    }
}
