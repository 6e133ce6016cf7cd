package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.Multibase;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * Dereferences a proof's {@code verificationMethod} to an Ed25519 public key and decides whether the issuer's documents bind
 * it: did:key offline, did:web and http(s) key URLs through the caller's {@link DocumentResolver}.
 */
final class VerificationMethodResolver {
    private final DocumentResolver resolver;

    VerificationMethodResolver(DocumentResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    ResolvedKey resolve(String verificationMethod, String issuerId) {
        try {
            if (verificationMethod.startsWith(DidKey.PREFIX)) {
                return didKey(verificationMethod, issuerId);
            }
            if (verificationMethod.startsWith("did:web:")) {
                String did = withoutFragment(verificationMethod);
                return fromController(verificationMethod, did, didWebUrl(did), issuerId);
            }
            if (verificationMethod.startsWith("did:")) {
                String method = verificationMethod.split(":", 3)[1];
                return ResolvedKey.unavailable("cannot resolve verification method " + verificationMethod + ": DID method '"
                        + method + "' is not supported (did:key and did:web are)");
            }
            URI uri = parseUri(verificationMethod);
            if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return ResolvedKey.unavailable("cannot resolve verification method '" + verificationMethod
                        + "': expected a did:key, did:web or https URL");
            }
            return fromUrl(verificationMethod, issuerId);
        } catch (BadgeException e) {
            return ResolvedKey.unavailable("cannot resolve verification method " + verificationMethod + ": " + e.getMessage());
        }
    }

    private static ResolvedKey didKey(String verificationMethod, String issuerId) throws BadgeException {
        DidKey key = DidKey.parse(verificationMethod);
        if (key.did().equals(issuerId)) {
            return new ResolvedKey(key.publicKey(), KeyBinding.BOUND, "did:key " + key.did() + " is the issuer");
        }
        return new ResolvedKey(key.publicKey(), KeyBinding.UNCONFIRMED, "did:key " + key.did() + " is not the issuer id "
                + issuerId + "; nothing links the key to the issuer");
    }

    /** A key URL: either the document is the key itself, or a controller document that embeds it. */
    private ResolvedKey fromUrl(String verificationMethod, String issuerId) throws BadgeException {
        String url = withoutFragment(verificationMethod);
        Optional<JsonNode> doc = fetch(url);
        if (doc.isEmpty()) {
            return ResolvedKey.unavailable("cannot resolve verification method " + verificationMethod + ": no resolver supplied "
                    + url + " (documents are not fetched unless resolution is enabled)");
        }
        if (verificationMethod.equals(text(doc.get(), "id"))) {
            // a stand-alone key document: its controller's document must list it
            JsonNode method = doc.get();
            byte[] key = publicKey(method, verificationMethod);
            String controller = text(method, "controller");
            if (controller == null || !controller.equals(issuerId)) {
                return new ResolvedKey(key, KeyBinding.CONTRADICTED, "verification method " + verificationMethod
                        + " is controlled by " + controller + ", not by the issuer " + issuerId);
            }
            Optional<JsonNode> controllerDoc = fetch(withoutFragment(controller));
            if (controllerDoc.isEmpty()) {
                return new ResolvedKey(key, KeyBinding.UNCONFIRMED, "controller document " + controller
                        + " could not be resolved to confirm verification method " + verificationMethod);
            }
            return bindingFromController(key, controllerDoc.get(), controller, verificationMethod, issuerId);
        }
        return fromControllerDocument(doc.get(), verificationMethod, url, issuerId);
    }

    private ResolvedKey fromController(String verificationMethod, String did, String url, String issuerId) throws BadgeException {
        Optional<JsonNode> doc = fetch(url);
        if (doc.isEmpty()) {
            return ResolvedKey.unavailable("cannot resolve verification method " + verificationMethod + ": no resolver supplied "
                    + url + " (documents are not fetched unless resolution is enabled)");
        }
        String id = text(doc.get(), "id");
        if (!did.equals(id)) {
            return new ResolvedKey(null, KeyBinding.CONTRADICTED, "DID document at " + url + " has id " + id + ", expected " + did);
        }
        return fromControllerDocument(doc.get(), verificationMethod, did, issuerId);
    }

    private static ResolvedKey fromControllerDocument(JsonNode doc, String verificationMethod, String base, String issuerId)
            throws BadgeException {
        String controllerId = Optional.ofNullable(text(doc, "id")).orElse(base);
        JsonNode method = findMethod(doc, verificationMethod, controllerId);
        if (method == null) {
            return new ResolvedKey(null, KeyBinding.CONTRADICTED, "document " + controllerId
                    + " does not contain verification method " + verificationMethod);
        }
        byte[] key = publicKey(method, verificationMethod);
        String controller = Optional.ofNullable(text(method, "controller")).orElse(controllerId);
        if (!controller.equals(issuerId) || !controllerId.equals(issuerId)) {
            return new ResolvedKey(key, KeyBinding.CONTRADICTED, "verification method " + verificationMethod
                    + " is controlled by " + controller + ", not by the issuer " + issuerId);
        }
        return bindingFromController(key, doc, controllerId, verificationMethod, issuerId);
    }

    private static ResolvedKey bindingFromController(byte[] key, JsonNode controllerDoc, String controllerId,
            String verificationMethod, String issuerId) {
        if (!controllerId.equals(text(controllerDoc, "id"))) {
            return new ResolvedKey(key, KeyBinding.CONTRADICTED, "controller document " + controllerId + " has id "
                    + text(controllerDoc, "id"));
        }
        for (JsonNode entry : asArray(controllerDoc.get("assertionMethod"))) {
            String id = entry.isTextual() ? entry.textValue() : text(entry, "id");
            if (id != null && absolute(id, controllerId).equals(verificationMethod)) {
                return new ResolvedKey(key, KeyBinding.BOUND, "issuer " + issuerId + " lists " + verificationMethod
                        + " under assertionMethod");
            }
        }
        return new ResolvedKey(key, KeyBinding.CONTRADICTED, "controller document " + controllerId + " does not list "
                + verificationMethod + " under assertionMethod");
    }

    private static JsonNode findMethod(JsonNode doc, String verificationMethod, String controllerId) {
        for (String relation : new String[] {"verificationMethod", "assertionMethod", "publicKey"}) {
            for (JsonNode entry : asArray(doc.get(relation))) {
                String id = text(entry, "id");
                if (entry.isObject() && id != null && absolute(id, controllerId).equals(verificationMethod)) {
                    return entry;
                }
            }
        }
        return null;
    }

    private static byte[] publicKey(JsonNode method, String verificationMethod) throws BadgeException {
        String multibase = text(method, "publicKeyMultibase");
        if (multibase != null) {
            return Multibase.decodeEd25519PublicKey(multibase);
        }
        JsonNode jwk = method.get("publicKeyJwk");
        if (jwk != null && "OKP".equals(text(jwk, "kty")) && "Ed25519".equals(text(jwk, "crv")) && text(jwk, "x") != null) {
            try {
                byte[] x = Base64.getUrlDecoder().decode(text(jwk, "x"));
                if (x.length == 32) {
                    return x;
                }
            } catch (IllegalArgumentException e) {
                // falls through to the error below
            }
        }
        throw new BadgeException(BadgeException.Code.KEY_ERROR, "verification method " + verificationMethod
                + " has neither an Ed25519 publicKeyMultibase nor an Ed25519 publicKeyJwk");
    }

    private Optional<JsonNode> fetch(String url) throws BadgeException {
        URI uri = parseUri(url);
        if (uri == null) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "'" + url + "' is not a URI");
        }
        Optional<ResolvedDocument> found = resolver.resolve(uri);
        if (found.isEmpty() || found.get().status() != 200) {
            return Optional.empty();
        }
        return Optional.of(JsonCodec.parse(url, found.get().content()));
    }

    /** did:web:host[:path]* to https://host/.well-known/did.json or https://host/path/did.json (W3C CCG did:web). */
    static String didWebUrl(String did) throws BadgeException {
        String[] parts = did.substring("did:web:".length()).split(":");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "did:web '" + did + "' has no host");
        }
        StringBuilder url = new StringBuilder("https://").append(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
        if (parts.length == 1) {
            return url.append("/.well-known/did.json").toString();
        }
        for (int i = 1; i < parts.length; i++) {
            url.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return url.append("/did.json").toString();
    }

    private static String absolute(String id, String base) {
        return id.startsWith("#") ? base + id : id;
    }

    private static Iterable<JsonNode> asArray(JsonNode node) {
        if (node == null || node.isNull()) {
            return java.util.List.of();
        }
        return node.isArray() ? node : java.util.List.of(node);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    private static URI parseUri(String value) {
        try {
            return new URI(value);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
