package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;

/**
 * Stand-ins for parts not yet merged, honest about what they cannot do: no VC-JWT or OB 2.0 JWS verifies (until {@code sign}
 * carries them); the rest serves tests that exercise one check in isolation.
 */
final class InterimPieces {
    private InterimPieces() {}

    static Pieces create() {
        return new Pieces((image, container, source) -> {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, source + ": no image extractor in this build");
        }, new Pieces.SchemaValidator() {
            @Override
            public List<Problem> validate(JsonNode credential, boolean endorsement) {
                return List.of();
            }

            @Override
            public boolean available() {
                return false;
            }
        }, new Pieces.SafeMode() {
            @Override
            public List<Problem> check(JsonNode document) {
                return List.of();
            }

            @Override
            public boolean available() {
                return false;
            }
        }, new Pieces.ProofVerifier() {
            @Override
            public List<ProofResult> verifyEmbedded(JsonNode credential, DocumentResolver resolver) {
                List<ProofResult> results = new ArrayList<>();
                for (JsonNode proof : Json.values(credential.get("proof"))) {
                    String suite = proof.has("cryptosuite") ? proof.path("cryptosuite").asText() : proof.path("type").asText();
                    results.add(new ProofResult(suite.isEmpty() ? "unknown" : suite, false, KeyBinding.UNCONFIRMED,
                            Json.text(proof.get("verificationMethod")), "no verifier for this suite in this build", false));
                }
                return results;
            }

            @Override
            public ProofResult verifyVcJwt(String compact, DocumentResolver resolver, Clock clock) {
                return new ProofResult("JWT", false, KeyBinding.UNCONFIRMED, null, "no VC-JWT verifier in this build", false);
            }

            @Override
            public ProofResult verifyOb2Jws(String compact, DocumentResolver resolver) {
                return new ProofResult("JWS", false, KeyBinding.UNCONFIRMED, null, "no OB 2.0 JWS verifier in this build",
                        false);
            }
        }, Pieces.statusChecker());
    }
}
