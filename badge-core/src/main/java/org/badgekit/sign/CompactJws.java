package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.Base64;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * A compact JWS taken apart and checked before any key is touched: three base64url parts, a JSON header whose {@code alg} is
 * on the allow-list ({@code none} and HMAC are refused by name), and a JSON object payload. Header and payload go through
 * {@link JsonCodec}, so duplicate keys and oversized input are refused the same way everywhere.
 */
record CompactJws(JWSObject jws, JWSAlgorithm algorithm, ObjectNode header, ObjectNode payload) {
    /** Largest token accepted; a credential with an embedded image stays far below. */
    static final int MAX_TOKEN_CHARS = JsonCodec.MAX_DOCUMENT_BYTES;
    /** JWK members that only private keys (or symmetric keys) carry. */
    private static final String[] PRIVATE_JWK_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};

    static CompactJws parse(String token) throws BadgeException {
        String compact = token == null ? "" : token.strip();
        if (compact.length() > MAX_TOKEN_CHARS) {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                    "token of " + compact.length() + " characters exceeds the limit of " + MAX_TOKEN_CHARS);
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw malformed("token is not a compact JWS (expected header.payload.signature)");
        }
        JsonNode header = decodeJson("JWS header", parts[0]);
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual()) {
            throw malformed("JWS header has no alg");
        }
        String name = alg.asText();
        if ("none".equalsIgnoreCase(name)) {
            throw malformed("alg none is not allowed: the token is unsigned");
        }
        if (name.startsWith("HS")) {
            throw malformed("alg " + name + " is not allowed: HMAC is a shared-secret algorithm and cannot prove an issuer");
        }
        JWSAlgorithm algorithm = JwsAlgorithms.allowed(name);
        if (algorithm == null) {
            throw malformed("alg " + name + " is not allowed; expected one of " + JwsAlgorithms.allowedNames());
        }
        if (parts[2].isEmpty()) {
            throw malformed("token has an empty signature");
        }
        JsonNode jwk = header.get("jwk");
        if (jwk != null && jwk.isObject()) {
            for (String member : PRIVATE_JWK_MEMBERS) {
                if (jwk.has(member)) {
                    throw malformed("jwk header contains the private member " + member + "; a header key must be public");
                }
            }
        }
        JsonNode payload = decodeJson("JWS payload", parts[1]);
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            throw malformed("token is not a valid JWS: " + e.getMessage());
        }
        return new CompactJws(jws, algorithm, (ObjectNode) header, (ObjectNode) payload);
    }

    /** The header member as text, or null when absent or not a string. */
    String headerText(String member) {
        JsonNode value = header.get(member);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static JsonNode decodeJson(String what, String part) throws BadgeException {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed(what + " is not base64url");
        }
        JsonNode node;
        try {
            node = JsonCodec.parse(what, bytes);
        } catch (BadgeException e) {
            throw new BadgeException(e.code(), e.getMessage(), e);
        }
        if (!node.isObject()) {
            throw malformed(what + " is not a JSON object");
        }
        return node;
    }

    private static BadgeException malformed(String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, message);
    }
}
