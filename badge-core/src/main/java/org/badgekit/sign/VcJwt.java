package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.resolve.DocumentResolver;

/**
 * OB 3.0 VC-JWT (<a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof-format">JSON Web Token Proof Format</a>): the
 * entry point for signing and verifying.
 *
 * <pre>{@code
 * String jwt = VcJwt.signer(key, "https://example.org/issuers/1#key-1").sign(credential);
 * ProofResult result = VcJwt.verifier(resolver).verify(jwt);
 * }</pre>
 */
public final class VcJwt {
    private VcJwt() {}

    /**
     * A signer that puts {@code kid} in the header; with a null {@code kid} the public {@code jwk} goes there instead. Signs
     * with the key type's default algorithm (RS256, ES256 or EdDSA).
     */
    public static VcJwtSigner signer(IssuerKey key, String kid) throws BadgeException {
        return VcJwtSigner.of(key, kid);
    }

    /** A verifier that resolves {@code kid}s and issuer documents through {@code resolver}, on the system UTC clock. */
    public static VcJwtVerifier verifier(DocumentResolver resolver) {
        return VcJwtVerifier.of(resolver);
    }

    /**
     * The credential inside a VC-JWT without checking anything: the payload, or the content of its {@code vc} claim (VC 1.1
     * form). For display and for the data checks that follow a verified proof.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the token is not a JWS with a JSON object payload
     */
    public static ObjectNode credential(String token) throws BadgeException {
        return credentialOf(CompactJws.parse(token).payload());
    }

    static ObjectNode credentialOf(ObjectNode payload) {
        JsonNode vc = payload.get("vc");
        if (vc != null && vc.isObject()) {
            return (ObjectNode) vc.deepCopy();
        }
        ObjectNode credential = payload.deepCopy();
        credential.remove(java.util.List.of("iss", "jti", "sub", "nbf", "exp", "iat", "aud"));
        return credential;
    }
}
