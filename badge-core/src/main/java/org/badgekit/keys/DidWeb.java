package org.badgekit.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * did:web identifiers and the DID documents an issuer publishes for them
 * (<a href="https://w3c-ccg.github.io/did-method-web/">did:web method</a>).
 *
 * <p>{@code did:web:example.org} is served at {@code https://example.org/.well-known/did.json};
 * {@code did:web:example.org:issuers:1} at {@code https://example.org/issuers/1/did.json}; a port is percent-encoded
 * ({@code did:web:example.org%3A8443}).
 */
public final class DidWeb {
    /** The contexts of a document with Multikey and JsonWebKey verification methods. */
    public static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1",
            "https://w3id.org/security/jwk/v1");

    private DidWeb() {}

    /**
     * The did:web DID for an https base URL: {@code https://example.org:8443/issuers/1} becomes
     * {@code did:web:example.org%3A8443:issuers:1}.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} for a URL without host, with user info, query or fragment
     */
    public static String didFor(URI base) throws BadgeException {
        Objects.requireNonNull(base, "base");
        if (base.getHost() == null || base.getRawUserInfo() != null || base.getRawQuery() != null || base.getRawFragment() != null
                || !("https".equalsIgnoreCase(base.getScheme()) || "http".equalsIgnoreCase(base.getScheme()))) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                    "did:web base URL '" + base + "' must be http(s)://host[:port][/path] without user, query or fragment");
        }
        StringBuilder did = new StringBuilder("did:web:").append(base.getHost().toLowerCase(Locale.ROOT));
        if (base.getPort() >= 0) {
            did.append("%3A").append(base.getPort());
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                if (segment.contains(":")) {
                    throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                            "did:web path segment '" + segment + "' must not contain ':'");
                }
                did.append(':').append(segment);
            }
        }
        return did.toString();
    }

    /**
     * The https URL of a did:web DID's document (fragment ignored).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when {@code did} is not a did:web DID
     */
    public static URI documentUrl(String did) throws BadgeException {
        if (did == null || !did.startsWith("did:web:")) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "'" + did + "' is not a did:web DID");
        }
        String id = did.substring("did:web:".length());
        int hash = id.indexOf('#');
        if (hash >= 0) {
            id = id.substring(0, hash);
        }
        String[] parts = id.split(":");
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (host.isEmpty() || host.contains("/") || host.contains("@")) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "did:web DID '" + did + "' has no valid host");
        }
        StringBuilder url = new StringBuilder("https://").append(host);
        if (parts.length == 1) {
            url.append("/.well-known");
        }
        for (int i = 1; i < parts.length; i++) {
            url.append('/').append(parts[i]);
        }
        url.append("/did.json");
        try {
            return URI.create(url.toString());
        } catch (IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "did:web DID '" + did + "' does not map to a URL", e);
        }
    }

    /**
     * A DID document for {@code did} listing each key as {@code did#key-1}, {@code did#key-2}, ...: Ed25519 as {@code Multikey}
     * with {@code publicKeyMultibase}, RSA and P-256 as {@code JsonWebKey} with {@code publicKeyJwk}; all in
     * {@code assertionMethod} (what credential proofs use) and {@code authentication}.
     */
    public static ObjectNode document(String did, List<IssuerKey> keys) {
        Objects.requireNonNull(did, "did");
        ObjectNode document = JsonCodec.mapper().createObjectNode();
        ArrayNode context = document.putArray("@context");
        CONTEXTS.forEach(context::add);
        document.put("id", did);
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = JsonCodec.mapper().createArrayNode();
        int index = 1;
        for (IssuerKey key : keys) {
            String id = did + "#key-" + index++;
            ObjectNode method = methods.addObject();
            method.put("id", id);
            method.put("controller", did);
            if (key.type() == KeyType.ED25519) {
                method.put("type", "Multikey");
                method.put("publicKeyMultibase", key.publicKeyMultibase().orElseThrow());
            } else {
                method.put("type", "JsonWebKey");
                method.set("publicKeyJwk", key.publicJwk());
            }
            assertion.add(id);
        }
        document.set("assertionMethod", assertion);
        document.set("authentication", assertion.deepCopy());
        return document;
    }
}
