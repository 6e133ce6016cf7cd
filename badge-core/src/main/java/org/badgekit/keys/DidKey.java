package org.badgekit.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.badgekit.BadgeException;

/**
 * An Ed25519 {@code did:key} identifier, e.g. {@code did:key:z6Mk...}. The DID document is derived from the key, never fetched.
 *
 * @param multibase the method-specific id: {@code z} + base58btc({@code 0xed01} || public key)
 */
public record DidKey(String multibase) {
    /** The DID method prefix. */
    public static final String PREFIX = "did:key:";

    public DidKey {
        java.util.Objects.requireNonNull(multibase, "multibase");
    }

    /** The did:key of a raw 32-byte Ed25519 public key. */
    public static DidKey fromPublicKey(byte[] rawPublicKey) {
        return new DidKey(Multibase.encodeEd25519PublicKey(rawPublicKey));
    }

    /**
     * Parses {@code did:key:z6Mk...}, optionally with a {@code #fragment} (a verification method id), which must then equal the
     * multibase value.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when it is not an Ed25519 did:key
     */
    public static DidKey parse(String didOrVerificationMethod) throws BadgeException {
        String value = didOrVerificationMethod;
        if (value == null || !value.startsWith(PREFIX)) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    "'" + Multibase.abbreviate(value) + "' is not a did:key identifier");
        }
        String rest = value.substring(PREFIX.length());
        int hash = rest.indexOf('#');
        String id = hash < 0 ? rest : rest.substring(0, hash);
        if (hash >= 0 && !rest.substring(hash + 1).equals(id)) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    "did:key verification method '" + value + "' has a fragment other than its key '" + id + "'");
        }
        try {
            Multibase.decodeEd25519PublicKey(id);
        } catch (BadgeException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    "did:key '" + Multibase.abbreviate(value) + "' is not an Ed25519 key: " + e.getMessage(), e);
        }
        return new DidKey(id);
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        try {
            return Multibase.decodeEd25519PublicKey(multibase);
        } catch (BadgeException e) {
            throw new IllegalStateException("did:key " + multibase + " is not an Ed25519 key", e);
        }
    }

    /** {@code did:key:z6Mk...}. */
    public String did() {
        return PREFIX + multibase;
    }

    /** {@code did:key:z6Mk...#z6Mk...}: the id of the key's verification method. */
    public String verificationMethodId() {
        return did() + "#" + multibase;
    }

    /**
     * The generated DID document: one {@code Multikey} verification method, referenced from authentication, assertionMethod,
     * capabilityDelegation and capabilityInvocation.
     */
    public ObjectNode didDocument() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode doc = json.objectNode();
        ArrayNode context = doc.putArray("@context");
        context.add("https://www.w3.org/ns/did/v1");
        context.add("https://w3id.org/security/multikey/v1");
        doc.put("id", did());
        ObjectNode vm = doc.putArray("verificationMethod").addObject();
        vm.put("id", verificationMethodId());
        vm.put("type", "Multikey");
        vm.put("controller", did());
        vm.put("publicKeyMultibase", multibase);
        for (String relation : Arrays.asList("authentication", "assertionMethod", "capabilityDelegation",
                "capabilityInvocation")) {
            doc.putArray(relation).add(verificationMethodId());
        }
        return doc;
    }
}
