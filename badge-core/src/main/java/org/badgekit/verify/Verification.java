package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.sign.ProofResult;

/**
 * The state of one verification run: what was read, what it turned out to be, and what earlier checks found. Confined to
 * the thread running it; never shared.
 */
final class Verification {
    final String subject;
    final Settings settings;
    /** The pipeline running this verification, for checks that verify embedded credentials (endorsements). */
    final Pipeline pipeline;
    final Instant now;
    /** Nesting level: 0 for the badge itself, 1 for its endorsements, and so on. */
    final int depth;

    BadgeFormat.Container container = BadgeFormat.Container.UNKNOWN;
    BadgeFormat.Kind kind = BadgeFormat.Kind.UNKNOWN;
    String vcVersion;

    /** The compact JWS/JWT when the payload is one, else {@code null}. */
    String compact;
    /** Decoded JOSE header of {@link #compact}. */
    JsonNode jwtHeader;
    /** Decoded JWT claims (the whole payload) of {@link #compact}. */
    JsonNode jwtClaims;
    /** The credential (OB 3.0) or assertion (OB 2.0) being verified. */
    JsonNode document;
    /** For OB 2.0 hosted verification: the assertion fetched from its id, which replaces {@link #document} as of record. */
    JsonNode hostedDocument;
    /** For OB 2.0: the issuer profile as resolved (hosted), when found. */
    JsonNode ob2Issuer;
    /** For OB 2.0: the BadgeClass, embedded or resolved, when found. */
    JsonNode ob2Badge;
    /** Results of the proof check, for the key-binding check. */
    List<ProofResult> proofResults;

    final List<CheckResult> results = new ArrayList<>();
    /** The verifier's resolver, remembering what it could not supply during this verification. */
    final RecordingResolver resolver;

    Verification(String subject, Pipeline pipeline, int depth) {
        this.subject = subject;
        this.pipeline = pipeline;
        this.settings = pipeline.settings();
        this.now = settings.clock().instant();
        this.resolver = new RecordingResolver(settings.resolver());
        this.depth = depth;
    }

    /** "Now" for messages: whole seconds read better than the clock's nanoseconds. */
    String nowText() {
        return now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    BadgeFormat format() {
        return new BadgeFormat(container, kind, vcVersion);
    }

    /** The credential's or assertion's JSON as of record (the hosted copy for OB 2.0 hosted badges). */
    JsonNode record() {
        return hostedDocument != null ? hostedDocument : document;
    }

    void add(CheckResult result) {
        results.add(result);
    }
}
