package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusResult;

/**
 * Test doubles for the parts other packages provide, so the policy checks can be tested on their own: every proof whose
 * {@code proofValue} is not {@code "zBAD"} verifies with the given binding; status comes from a fixed answer (null: no status entries).
 */
final class FakePieces {
    private FakePieces() {}

    static Pieces with(KeyBinding binding, StatusResult status) {
        Pieces library = LibraryPieces.create();
        return new Pieces(library.images(), library.schema(), library.safeMode(), new Pieces.ProofVerifier() {
            @Override
            public List<ProofResult> verifyEmbedded(JsonNode credential, DocumentResolver resolver) {
                List<ProofResult> results = new ArrayList<>();
                for (JsonNode proof : Json.values(credential.get("proof"))) {
                    boolean ok = !"zBAD".equals(proof.path("proofValue").asText());
                    boolean legacy = "Ed25519Signature2020".equals(proof.path("type").asText());
                    results.add(new ProofResult(legacy ? "Ed25519Signature2020" : "eddsa-rdfc-2022", ok, binding,
                            Json.text(proof.get("verificationMethod")), ok ? (legacy ? "legacy suite" : "verified")
                                    : "signature does not verify", legacy));
                }
                return results;
            }

            @Override
            public ProofResult verifyVcJwt(String compact, DocumentResolver resolver, Clock clock) {
                return new ProofResult("RS256", !compact.endsWith(".BAD"), binding, null, "jwt", false);
            }

            @Override
            public ProofResult verifyOb2Jws(String compact, DocumentResolver resolver) {
                return new ProofResult("RS256", !compact.endsWith(".BAD"), binding, "https://example.org/key", "jws", false);
            }
        }, new Pieces.StatusLookup() {
            @Override
            public List<StatusResult> check(JsonNode credential, DocumentResolver resolver, Clock clock) {
                return status == null ? List.of() : List.of(status);
            }

            @Override
            public StatusResult checkOb2(String listUrl, String assertionId, String uid, String issuerId,
                    DocumentResolver resolver, Clock clock) {
                return status != null ? status : result(StatusResult.State.NOT_REVOKED);
            }
        });
    }

    /** A status answer of the given state, from a plain (unsigned) revocation list. */
    static StatusResult result(StatusResult.State state) {
        return new StatusResult("1EdTechRevocationList", "revocation", state, "status is " + state, "/credentialStatus",
                "https://issuer.example/revocations", null, null);
    }

    static Pieces bound() {
        return with(KeyBinding.BOUND, result(StatusResult.State.NOT_REVOKED));
    }
}
