package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.keys.Ed25519Keys;
import org.badgekit.keys.Multibase;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Adds a W3C Data Integrity proof ({@code DataIntegrityProof}, cryptosuite {@code eddsa-rdfc-2022}) to a JSON-LD document.
 *
 * <p>Immutable and thread-safe: build once, sign many. A document that already carries proofs gets one more (a proof set:
 * every proof signs the document without any proof). {@code proof} is always written as an array, as OB 3.0 requires.
 */
public final class DataIntegritySigner {
    private final Ed25519PrivateKeyParameters key;
    private final String verificationMethod;
    private final Canonicalizer canonicalizer;
    private final ProofConfigMemo proofConfigs = new ProofConfigMemo();

    private DataIntegritySigner(Ed25519PrivateKeyParameters key, String verificationMethod, Canonicalizer canonicalizer) {
        this.key = key;
        this.verificationMethod = verificationMethod;
        this.canonicalizer = canonicalizer;
    }

    /**
     * A signer for a JCA Ed25519 private key.
     *
     * @param verificationMethod the key's URL as verifiers dereference it, e.g. {@code did:key:z6Mk...#z6Mk...}
     * @throws BadgeException {@code KEY_ERROR} when the key is not Ed25519
     */
    public static DataIntegritySigner create(PrivateKey privateKey, String verificationMethod) throws BadgeException {
        return create(Ed25519Keys.seed(Objects.requireNonNull(privateKey, "privateKey")), verificationMethod);
    }

    /**
     * A signer for a raw 32-byte Ed25519 seed.
     *
     * @throws BadgeException {@code KEY_ERROR} when the seed is not 32 bytes; {@code INVALID_ARGUMENT} for a blank method
     */
    public static DataIntegritySigner create(byte[] seed, String verificationMethod) throws BadgeException {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != 32) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "Ed25519 seed has " + seed.length + " bytes, expected 32");
        }
        if (verificationMethod == null || verificationMethod.isBlank()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "verificationMethod is blank, expected a key URL");
        }
        return new DataIntegritySigner(new Ed25519PrivateKeyParameters(seed, 0), verificationMethod, Canonicalizer.rdfc());
    }

    /** The same key with another canonicalizer (e.g. one that knows extra contexts). */
    public DataIntegritySigner withCanonicalizer(Canonicalizer other) {
        return new DataIntegritySigner(key, verificationMethod, Objects.requireNonNull(other, "canonicalizer"));
    }

    /** The raw 32-byte public key that verifies this signer's proofs. */
    public byte[] publicKey() {
        return key.generatePublicKey().getEncoded();
    }

    /** {@code publicKeyMultibase} of this signer's key. */
    public String publicKeyMultibase() {
        return Multibase.encodeEd25519PublicKey(publicKey());
    }

    /** The verification method written into proofs. */
    public String verificationMethod() {
        return verificationMethod;
    }

    /**
     * Returns a signed copy of {@code unsigned}; the input is not modified.
     *
     * @param created the proof's creation time, written with second precision in UTC
     * @throws BadgeException {@code INVALID_INPUT} when the document cannot be canonicalized (safe mode: undefined terms)
     */
    public ObjectNode sign(ObjectNode unsigned, Instant created) throws BadgeException {
        Objects.requireNonNull(unsigned, "unsigned");
        Objects.requireNonNull(created, "created");
        ObjectNode document = unsigned.deepCopy();
        JsonNode existing = document.remove("proof");
        if (document.get("@context") == null) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "document has no @context, expected a JSON-LD credential",
                    "/@context", null);
        }
        ObjectNode proof = document.objectNode();
        proof.put("type", EddsaRdfc2022.PROOF_TYPE);
        proof.put("cryptosuite", EddsaRdfc2022.CRYPTOSUITE);
        proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", verificationMethod);
        proof.put("proofPurpose", "assertionMethod");
        byte[] signature = Ed25519.sign(key, EddsaRdfc2022.hashData(canonicalizer, document, proof, proofConfigs));
        proof.put("proofValue", Multibase.encodeBase58Btc(signature));
        // OB 3.0 serializes 0..* properties as arrays, even with one proof
        ArrayNode proofs = document.arrayNode();
        if (existing != null && existing.isArray()) {
            proofs.addAll((ArrayNode) existing);
        } else if (existing != null) {
            proofs.add(existing);
        }
        proofs.add(proof);
        document.set("proof", proofs);
        return document;
    }
}
