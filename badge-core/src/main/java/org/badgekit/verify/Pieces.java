package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusChecker;
import org.badgekit.status.StatusResult;

/**
 * The parts of verification that live in other packages (image extraction, JSON Schema, JSON-LD safe mode, signatures,
 * status lists), behind small interfaces so that the checks stay about policy and reporting.
 */
record Pieces(ImageExtractor images, SchemaValidator schema, SafeMode safeMode, ProofVerifier proofs, StatusLookup status) {
    Pieces {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(safeMode, "safeMode");
        Objects.requireNonNull(proofs, "proofs");
        Objects.requireNonNull(status, "status");
    }

    /** Finds the badge payload (JSON text or compact JWS) baked into an image. */
    interface ImageExtractor {
        /**
         * @return the payload and a phrase saying where it was found
         * @throws BadgeException when the image is broken or carries no badge
         */
        Extracted extract(byte[] image, BadgeFormat.Container container, String source) throws BadgeException;
    }

    /** A payload found in an image, where it was found, and anything odd the extractor noticed on the way. */
    record Extracted(String payload, String where, List<String> warnings) {
        Extracted {
            warnings = List.copyOf(warnings);
        }
    }

    /** OB 3.0 JSON Schema validation. */
    interface SchemaValidator {
        /** Problems found; empty when the credential conforms. */
        List<Problem> validate(JsonNode credential, boolean endorsement) throws BadgeException;

        /** True when a real schema is behind this validator. */
        boolean available();
    }

    /** JSON-LD safe mode: every property must be defined by the contexts (else it would be dropped, and so unsigned). */
    interface SafeMode {
        /** Problems found; empty when every term expands. */
        List<Problem> check(JsonNode document) throws BadgeException;

        /** True when a real JSON-LD processor is behind this check. */
        boolean available();
    }

    /** Signature verification with key binding. */
    interface ProofVerifier {
        /** One result per embedded proof, in document order. */
        List<ProofResult> verifyEmbedded(JsonNode credential, DocumentResolver resolver) throws BadgeException;

        /** The result of verifying an OB 3.0 VC-JWT, judging its time claims at {@code clock}'s instant. */
        ProofResult verifyVcJwt(String compact, DocumentResolver resolver, Clock clock) throws BadgeException;

        /** The result of verifying an OB 2.0 signed assertion against its hosted issuer profile's keys. */
        ProofResult verifyOb2Jws(String compact, DocumentResolver resolver) throws BadgeException;
    }

    /** Credential status lookup (Bitstring Status List, 1EdTechRevocationList, OB 2.0 RevocationList). */
    interface StatusLookup {
        /** One result per {@code credentialStatus} entry of an OB 3.0 credential; empty when it declares none. */
        List<StatusResult> check(JsonNode credential, DocumentResolver resolver, Clock clock);

        /** Whether an OB 2.0 assertion appears in its issuer's revocation list at {@code listUrl}. */
        StatusResult checkOb2(String listUrl, String assertionId, String uid, String issuerId, DocumentResolver resolver,
                Clock clock);
    }

    /** The status package's checker, which fetches lists through the verifier's resolver. */
    static StatusLookup statusChecker() {
        return new StatusLookup() {
            @Override
            public List<StatusResult> check(JsonNode credential, DocumentResolver resolver, Clock clock) {
                return StatusChecker.of(resolver, clock).check(credential);
            }

            @Override
            public StatusResult checkOb2(String listUrl, String assertionId, String uid, String issuerId,
                    DocumentResolver resolver, Clock clock) {
                return StatusChecker.of(resolver, clock).checkOb2(listUrl, assertionId, uid, issuerId);
            }
        };
    }
}
