package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.Canonicalizer;

/**
 * The hashing half of <a href="https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022">eddsa-rdfc-2022</a> (also used by the legacy
 * Ed25519Signature2020 and eddsa-2022): {@code SHA-256(canonical proof config) || SHA-256(canonical document)}.
 */
final class EddsaRdfc2022 {
    static final String PROOF_TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    static final String LEGACY_CRYPTOSUITE = "eddsa-2022";
    static final String LEGACY_PROOF_TYPE = "Ed25519Signature2020";

    private EddsaRdfc2022() {}

    /** The proof configuration: the proof options without {@code proofValue}, with the document's {@code @context}. */
    static ObjectNode proofConfig(JsonNode document, ObjectNode proofOptions) {
        ObjectNode config = proofOptions.deepCopy();
        config.remove("proofValue");
        config.remove("@context");
        ObjectNode withContext = config.objectNode();
        JsonNode context = document.get("@context");
        if (context != null) {
            withContext.set("@context", context.deepCopy());
        }
        withContext.setAll(config);
        return withContext;
    }

    /**
     * The 64 bytes that are signed.
     *
     * @param unsecured the document without {@code proof}
     * @param proofOptions the proof without {@code proofValue}
     */
    static byte[] hashData(Canonicalizer canonicalizer, JsonNode unsecured, ObjectNode proofOptions) throws BadgeException {
        return hashData(canonicalizer, unsecured, proofOptions, null);
    }

    /** As {@link #hashData(Canonicalizer, JsonNode, ObjectNode)}, reusing the proof configuration's hash from {@code memo}. */
    static byte[] hashData(Canonicalizer canonicalizer, JsonNode unsecured, ObjectNode proofOptions, ProofConfigMemo memo)
            throws BadgeException {
        ObjectNode config = proofConfig(unsecured, proofOptions);
        byte[] proofHash = memo == null ? null : memo.get(config);
        if (proofHash == null) {
            proofHash = sha256(canonicalizer.canonicalize(config));
            if (memo != null) {
                memo.put(config, proofHash);
            }
        }
        byte[] documentHash = sha256(canonicalizer.canonicalize(unsecured));
        byte[] out = new byte[64];
        System.arraycopy(proofHash, 0, out, 0, 32);
        System.arraycopy(documentHash, 0, out, 32, 32);
        return out;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
