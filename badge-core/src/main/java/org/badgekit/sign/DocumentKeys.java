package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * Finds public keys in the documents issuers publish: a bare JWK, a JWK Set, an OB 2.0 {@code CryptographicKey}
 * ({@code publicKeyPem}, {@code owner}), a Multikey / JsonWebKey verification method, a DID or controller document.
 */
final class DocumentKeys {
    /** Most key documents fetched while checking one issuer listing. */
    static final int MAX_FETCHES = 8;

    /**
     * A key found in a document.
     *
     * @param id the key's id as the document names it (absolute), or null
     * @param key the public key, or null when the document names the key only by id
     * @param controller who the document says controls the key ({@code controller}, {@code owner}, or the DID/controller document
     *     id); null for bare JWKs
     * @param authorized false when the document is a DID/controller document that does not list the key under assertionMethod
     */
    record Found(String id, IssuerKey key, String controller, boolean authorized) {}

    private DocumentKeys() {}

    /** Looks a document up; a did:web DID is turned into its https URL first. Empty when unknown or not JSON. */
    static Optional<JsonNode> fetch(DocumentResolver resolver, String id) throws BadgeException {
        URI uri;
        try {
            String base = stripFragment(id);
            uri = base.startsWith("did:web:") ? DidWeb.documentUrl(base) : URI.create(base);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        Optional<ResolvedDocument> document = resolver.resolve(uri);
        if (document.isEmpty() || document.get().gone()) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = JsonCodec.parse(uri.toString(), document.get().content());
        } catch (BadgeException e) {
            if (e.code() != BadgeException.Code.MALFORMED_INPUT) {
                throw e;
            }
            // a document that is not JSON carries no key: treat it like one that is not there
            return Optional.empty();
        }
        return json.isObject() ? Optional.of(json) : Optional.empty();
    }

    /** The key {@code kid} inside {@code doc}, with what the document says about its controller. */
    static Optional<Found> find(JsonNode doc, String kid) {
        String fragment = fragment(kid);
        if (doc.has("kty")) {
            return Optional.ofNullable(keyOf(doc)).map(key -> new Found(kid, key, null, true));
        }
        JsonNode keys = doc.get("keys");
        if (keys != null && keys.isArray()) {
            for (JsonNode entry : keys) {
                String entryKid = entry.path("kid").asText(null);
                if (entryKid != null && (entryKid.equals(kid) || entryKid.equals(fragment) || ("#" + fragment).equals(entryKid))
                        || entryKid == null && keys.size() == 1) {
                    IssuerKey key = keyOf(entry);
                    if (key != null) {
                        return Optional.of(new Found(kid, key, null, true));
                    }
                }
            }
            return Optional.empty();
        }
        String docId = doc.path("id").asText(null);
        if (doc.has("verificationMethod") || doc.has("assertionMethod")) {
            List<String> assertion = new ArrayList<>();
            List<JsonNode> methods = new ArrayList<>();
            for (JsonNode entry : each(doc.get("assertionMethod"))) {
                if (entry.isTextual()) {
                    assertion.add(absolute(docId, entry.asText()));
                } else if (entry.isObject()) {
                    assertion.add(absolute(docId, entry.path("id").asText("")));
                    methods.add(entry);
                }
            }
            for (JsonNode entry : each(doc.get("verificationMethod"))) {
                methods.add(entry);
            }
            for (JsonNode method : methods) {
                String id = absolute(docId, method.path("id").asText(""));
                if (id.equals(kid)) {
                    String controller = method.path("controller").asText(docId);
                    return Optional.of(new Found(id, keyOf(method), controller, assertion.contains(id)));
                }
            }
            return Optional.empty();
        }
        IssuerKey key = keyOf(doc);
        if (key == null) {
            return Optional.empty();
        }
        String controller = doc.has("controller") ? doc.path("controller").asText(null) : doc.path("owner").asText(null);
        return Optional.of(new Found(docId != null ? docId : kid, key, controller, true));
    }

    /** The public key a node carries (publicKeyJwk, publicKeyMultibase, publicKeyPem, or the node as a JWK), or null. */
    static IssuerKey keyOf(JsonNode node) {
        try {
            if (node.has("publicKeyJwk")) {
                return IssuerKey.fromJwk(publicMembers(node.get("publicKeyJwk"))).publicOnly();
            }
            if (node.has("publicKeyMultibase")) {
                return IssuerKey.fromPublicKeyMultibase(node.get("publicKeyMultibase").asText());
            }
            if (node.has("publicKeyPem")) {
                return KeyFiles.parse("publicKeyPem", node.get("publicKeyPem").asText(), null).publicOnly();
            }
            if (node.has("kty")) {
                return IssuerKey.fromJwk(publicMembers(node)).publicOnly();
            }
        } catch (BadgeException e) {
            return null;
        }
        return null;
    }

    /** Every key an issuer profile or DID document lists: publicKey, assertionMethod/verificationMethod, keys, jwks. */
    static List<Found> listed(JsonNode profile) {
        String profileId = profile.path("id").asText(null);
        List<Found> found = new ArrayList<>();
        for (JsonNode entry : each(profile.get("publicKey"))) {
            addEntry(found, profileId, entry, profileId);
        }
        if (profile.has("assertionMethod")) {
            for (JsonNode entry : each(profile.get("assertionMethod"))) {
                if (entry.isTextual()) {
                    String id = absolute(profileId, entry.asText());
                    Optional<Found> method = find(profile, id);
                    found.add(method.orElse(new Found(id, null, profileId, true)));
                } else {
                    addEntry(found, profileId, entry, profileId);
                }
            }
        } else {
            for (JsonNode entry : each(profile.get("verificationMethod"))) {
                addEntry(found, profileId, entry, profileId);
            }
        }
        JsonNode jwks = profile.has("jwks") ? profile.get("jwks").get("keys") : profile.get("keys");
        for (JsonNode entry : each(jwks)) {
            addEntry(found, profileId, entry, profileId);
        }
        return found;
    }

    private static void addEntry(List<Found> found, String base, JsonNode entry, String profileId) {
        if (entry.isTextual()) {
            found.add(new Found(absolute(base, entry.asText()), null, profileId, true));
        } else if (entry.isObject()) {
            String id = entry.has("id") ? absolute(base, entry.get("id").asText()) : entry.path("kid").asText(null);
            String controller = entry.has("controller") ? entry.get("controller").asText()
                    : entry.has("owner") ? entry.get("owner").asText() : profileId;
            found.add(new Found(id, keyOf(entry), controller, true));
        }
    }

    private static JsonNode publicMembers(JsonNode jwk) {
        ObjectNode copy = ((ObjectNode) jwk).deepCopy();
        copy.remove(List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k"));
        return copy;
    }

    static Iterable<JsonNode> each(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }

    static String absolute(String base, String id) {
        if (id.startsWith("#") && base != null) {
            return stripFragment(base) + id;
        }
        return id;
    }

    static String stripFragment(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    private static String fragment(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? "" : id.substring(hash + 1);
    }
}
