package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.Ob2Jws;
import org.badgekit.sign.ProofResult;
import org.badgekit.sign.VcJwt;

/**
 * The library's own implementations behind the verifier's seams: {@code bake} extracts, {@code model} validates against the
 * OB 3.0 JSON Schema, {@code jsonld} canonicalizes in safe mode, {@code sign} verifies proofs, {@code status} reads status
 * lists. Built once per verifier; every part is immutable and thread-safe.
 */
final class LibraryPieces {
    private LibraryPieces() {}

    static Pieces create() {
        Baker baker = Baker.create();
        Ob3SchemaValidator schema = Ob3SchemaValidator.create();
        // the safe-mode check and the proof check canonicalize the same document: the second time is a lookup
        Canonicalizer canonicalizer = new RecentCanonicalizer(Canonicalizer.rdfc());
        return new Pieces((image, container, source) -> {
            BakedPayload payload = baker.extract(new ByteArrayInputStream(image), source);
            return new Pieces.Extracted(payload.payload(), where(payload, container), payload.warnings());
        }, new Pieces.SchemaValidator() {
            @Override
            public List<Problem> validate(JsonNode credential, boolean endorsement) {
                return (endorsement ? schema.validateEndorsement(credential) : schema.validate(credential)).stream()
                        .map(problem -> new Problem(problem.pointer(), problem.message())).toList();
            }

            @Override
            public boolean available() {
                return true;
            }
        }, new Pieces.SafeMode() {
            @Override
            public List<Problem> check(JsonNode document) {
                ObjectNode unsecured = document.deepCopy();
                unsecured.remove("proof");
                try {
                    canonicalizer.canonicalize(unsecured);
                    return List.of();
                } catch (BadgeException e) {
                    return List.of(new Problem(e.location().orElse(null), e.getMessage()));
                }
            }

            @Override
            public boolean available() {
                return true;
            }
        }, new Pieces.ProofVerifier() {
            @Override
            public List<ProofResult> verifyEmbedded(JsonNode credential, DocumentResolver resolver) {
                // one canonicalizer per verifier: its processed contexts are reused by every file of the run
                return DataIntegrityVerifier.create(resolver).withCanonicalizer(canonicalizer).verify((ObjectNode) credential);
            }

            @Override
            public ProofResult verifyVcJwt(String compact, DocumentResolver resolver, Clock clock) throws BadgeException {
                return VcJwt.verifier(resolver).withClock(clock).verify(compact);
            }

            @Override
            public ProofResult verifyOb2Jws(String compact, DocumentResolver resolver) throws BadgeException {
                return Ob2Jws.verify(compact, resolver);
            }
        }, Pieces.statusChecker());
    }

    private static String where(BakedPayload payload, BadgeFormat.Container container) {
        String version = payload.kind().isOb3() ? "OB 3.0" : "OB 2.0";
        return container == BadgeFormat.Container.PNG ? "the PNG's " + version + " iTXt chunk"
                : "the SVG's " + version + " element";
    }
}
