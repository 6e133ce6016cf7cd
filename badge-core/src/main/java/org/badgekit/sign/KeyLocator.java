package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.resolve.DocumentResolver;

/**
 * Finds the key a JWT names ({@code kid} and/or {@code jwk}) and decides whether the issuer's own documents confirm it.
 *
 * <ul>
 *   <li><b>bound</b>: {@code kid} is a did:key that equals the issuer DID; or {@code kid} resolves to a document that its
 *       issuer controls (DID/controller document with the key under {@code assertionMethod}, {@code CryptographicKey} owned by
 *       the issuer), or to a bare JWK/JWKS that the issuer's profile lists or that sits under the issuer id;</li>
 *   <li><b>unconfirmed</b>: the key came from a {@code jwk} header or from a document that could not be resolved, and nothing
 *       the issuer published says otherwise;</li>
 *   <li><b>contradicted</b>: the resolved documents name another controller, do not authorize the key, or the issuer's profile
 *       lists keys and this is not one of them.</li>
 * </ul>
 */
final class KeyLocator {
    /**
     * The outcome of the lookup.
     *
     * @param key the key to verify with, or null when none could be found (then {@code note} says why)
     */
    record Located(IssuerKey key, KeyBinding binding, String verificationMethod, String note) {}

    private final DocumentResolver resolver;

    KeyLocator(DocumentResolver resolver) {
        this.resolver = resolver;
    }

    Located locate(String kid, IssuerKey headerKey, String issuerId) throws BadgeException {
        if (kid != null && kid.startsWith("#") && issuerId != null) {
            // a relative kid names a key in the issuer's own document
            kid = DocumentKeys.stripFragment(issuerId) + kid;
        }
        if (kid == null) {
            if (headerKey == null) {
                return new Located(null, KeyBinding.UNCONFIRMED, null, "JWS header has neither kid nor jwk, so no key to verify with");
            }
            String method = "jwk:" + headerKey.thumbprint();
            Listing listing = issuerListing(issuerId, headerKey, null);
            return new Located(headerKey, listing.binding, method, "key from the jwk header; " + listing.note);
        }
        if (kid.startsWith("did:key:")) {
            return didKey(kid, issuerId);
        }
        Optional<JsonNode> document = DocumentKeys.fetch(resolver, kid);
        if (document.isEmpty()) {
            if (headerKey == null) {
                return new Located(null, KeyBinding.UNCONFIRMED, kid,
                        "kid " + kid + " could not be resolved and the header has no jwk");
            }
            Listing listing = issuerListing(issuerId, headerKey, kid);
            return new Located(headerKey, listing.binding, kid,
                    "kid " + kid + " could not be resolved; key from the jwk header; " + listing.note);
        }
        String documentId = document.get().path("id").asText(null);
        if (kid.startsWith("did:") && !DocumentKeys.stripFragment(kid).equals(documentId)) {
            return new Located(null, KeyBinding.CONTRADICTED, kid, "the DID document for kid " + kid + " has id " + documentId
                    + ", not " + DocumentKeys.stripFragment(kid));
        }
        Optional<DocumentKeys.Found> found = DocumentKeys.find(document.get(), kid);
        if (found.isEmpty() || found.get().key() == null) {
            return new Located(null, KeyBinding.CONTRADICTED, kid, "the document at kid " + kid + " does not contain that key");
        }
        DocumentKeys.Found key = found.get();
        if (key.controller() != null) {
            if (issuerId == null || !key.controller().equals(issuerId)) {
                return new Located(key.key(), KeyBinding.CONTRADICTED, kid,
                        "kid " + kid + " is controlled by " + key.controller() + ", not by the issuer " + issuerId);
            }
            if (!key.authorized()) {
                return new Located(key.key(), KeyBinding.CONTRADICTED, kid,
                        "kid " + kid + " is not listed under assertionMethod of its controller document");
            }
            return new Located(key.key(), KeyBinding.BOUND, kid, "kid " + kid + " is the issuer's key");
        }
        Listing listing = issuerListing(issuerId, key.key(), kid);
        if (listing.binding == KeyBinding.UNCONFIRMED && issuerId != null && underIssuer(kid, issuerId)) {
            return new Located(key.key(), KeyBinding.BOUND, kid, "kid " + kid + " is published under the issuer id " + issuerId);
        }
        return new Located(key.key(), listing.binding, kid, "kid " + kid + " resolved to a JWK; " + listing.note);
    }

    private Located didKey(String kid, String issuerId) {
        String did = DocumentKeys.stripFragment(kid);
        String multibase = did.substring("did:key:".length());
        int hash = kid.indexOf('#');
        if (hash >= 0 && !kid.substring(hash + 1).equals(multibase)) {
            return new Located(null, KeyBinding.CONTRADICTED, kid, "did:key kid " + kid + " has a fragment other than its key");
        }
        IssuerKey key;
        try {
            key = IssuerKey.fromPublicKeyMultibase(multibase);
        } catch (BadgeException e) {
            return new Located(null, KeyBinding.UNCONFIRMED, kid, "did:key kid " + kid + " is not an Ed25519 did:key");
        }
        if (did.equals(issuerId)) {
            return new Located(key, KeyBinding.BOUND, kid, "kid is the issuer's did:key");
        }
        return new Located(key, KeyBinding.CONTRADICTED, kid, "kid " + kid + " is controlled by " + did + ", not by the issuer "
                + issuerId);
    }

    private record Listing(KeyBinding binding, String note) {}

    /** What the issuer's own document (profile, DID document) says about {@code key}. */
    private Listing issuerListing(String issuerId, IssuerKey key, String kid) throws BadgeException {
        if (issuerId == null) {
            return new Listing(KeyBinding.UNCONFIRMED, "the credential names no issuer id");
        }
        if (issuerId.startsWith("did:key:")) {
            Optional<String> issuerDid = key.didKey();
            return issuerDid.isPresent() && issuerDid.get().equals(issuerId)
                    ? new Listing(KeyBinding.BOUND, "the key is the issuer's did:key")
                    : new Listing(KeyBinding.CONTRADICTED, "the issuer " + issuerId + " is a did:key for another key");
        }
        Optional<JsonNode> profile;
        try {
            profile = DocumentKeys.fetch(resolver, issuerId);
        } catch (BadgeException e) {
            return new Listing(KeyBinding.UNCONFIRMED, "issuer document " + issuerId + " could not be read: " + e.getMessage());
        }
        if (profile.isEmpty()) {
            return new Listing(KeyBinding.UNCONFIRMED, "issuer document " + issuerId + " could not be resolved");
        }
        List<DocumentKeys.Found> listed = DocumentKeys.listed(profile.get());
        if (listed.isEmpty()) {
            return new Listing(KeyBinding.UNCONFIRMED, "issuer document " + issuerId + " lists no keys");
        }
        int unresolved = 0;
        int fetches = 0;
        for (DocumentKeys.Found entry : listed) {
            IssuerKey listedKey = entry.key();
            if (listedKey == null && entry.id() != null && fetches < DocumentKeys.MAX_FETCHES) {
                fetches++;
                Optional<JsonNode> document = fetchQuietly(entry.id());
                listedKey = document.flatMap(d -> DocumentKeys.find(d, entry.id())).map(DocumentKeys.Found::key).orElse(null);
            }
            if (listedKey != null && listedKey.samePublicKey(key)) {
                return new Listing(KeyBinding.BOUND, "issuer document " + issuerId + " lists the key");
            }
            if (listedKey == null) {
                if (kid != null && kid.equals(entry.id())) {
                    return new Listing(KeyBinding.BOUND, "issuer document " + issuerId + " lists kid " + kid);
                }
                unresolved++;
            }
        }
        if (unresolved > 0) {
            return new Listing(KeyBinding.UNCONFIRMED, "issuer document " + issuerId + " lists " + unresolved
                    + " key(s) that could not be resolved and none of the others is the signing key");
        }
        return new Listing(KeyBinding.CONTRADICTED, "issuer document " + issuerId + " lists " + listed.size()
                + " key(s) and the signing key is not one of them");
    }

    private Optional<JsonNode> fetchQuietly(String id) {
        try {
            return DocumentKeys.fetch(resolver, id);
        } catch (BadgeException e) {
            return Optional.empty();
        }
    }

    /** {@code https://example.org/issuers/1/keys#1} is under {@code https://example.org/issuers/1}; other hosts never are. */
    private static boolean underIssuer(String kid, String issuerId) {
        String base = DocumentKeys.stripFragment(issuerId);
        String key = DocumentKeys.stripFragment(kid);
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            return false;
        }
        return key.equals(base) || key.startsWith(base.endsWith("/") ? base : base + "/");
    }
}
