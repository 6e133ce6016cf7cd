package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;

/**
 * Verifies a document's embedded proofs after setting aside those with absurdly long values. Base58 decoding takes time
 * quadratic in the length, so a proofValue or did:key of tens of kilobytes could stall verification; no supported suite needs
 * more than {@value #MAX_VALUE_CHARS} characters for either.
 */
final class ProofScreen {
    /** Longest proofValue or verificationMethod handed to the verifier. */
    static final int MAX_VALUE_CHARS = 2048;

    private ProofScreen() {}

    /** One result per proof: refused ones first (in document order), then the verifier's results for the rest. */
    static List<ProofResult> verify(Pieces.ProofVerifier verifier, JsonNode document, DocumentResolver resolver)
            throws BadgeException {
        JsonNode proof = document.get("proof");
        List<ProofResult> results = new ArrayList<>();
        if (proof == null) {
            return results;
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode entry : Json.values(proof)) {
            String refusal = refusal(entry);
            if (refusal == null) {
                kept.add(entry);
            } else {
                results.add(new ProofResult(suite(entry), false, KeyBinding.UNCONFIRMED, null, refusal, false));
            }
        }
        if (kept.size() == Json.values(proof).size()) {
            results.addAll(verifier.verifyEmbedded(document, resolver));
        } else if (!kept.isEmpty()) {
            ObjectNode copy = document.deepCopy();
            ArrayNode array = copy.putArray("proof");
            kept.forEach(array::add);
            results.addAll(verifier.verifyEmbedded(copy, resolver));
        }
        return results;
    }

    private static String refusal(JsonNode entry) {
        for (String field : new String[] {"proofValue", "verificationMethod"}) {
            JsonNode value = entry.get(field);
            if (value != null && value.isTextual() && value.asText().length() > MAX_VALUE_CHARS) {
                return field + " of " + value.asText().length() + " characters is longer than any supported proof needs (at most "
                        + MAX_VALUE_CHARS + ")";
            }
        }
        return null;
    }

    private static String suite(JsonNode entry) {
        String suite = Json.text(entry.get("cryptosuite"));
        if (suite == null) {
            suite = Json.text(entry.get("type"));
        }
        return suite == null ? "unknown" : suite;
    }
}
