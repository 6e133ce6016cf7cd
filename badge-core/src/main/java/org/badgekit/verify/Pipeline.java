package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks in order for one input and assembles the report. Stateless apart from its immutable settings, so one
 * instance serves every thread.
 */
final class Pipeline {
    private static final List<Check> OB3 = List.of(new ContextCheck(), new TypeCheck(), new SchemaCheck(), new SafeModeCheck(),
            new ProofSignatureCheck(), new KeyBindingCheck(), new JwtClaimsCheck(), new IssuedCheck(), new ExpiredCheck(),
            new StatusCheck(), new RecipientCheck(), new EndorsementsCheck(), new TrustedIssuerCheck());
    private static final List<Check> OB2 = List.of(new ContextCheck(), new TypeCheck(), new Ob2HostedCheck(),
            new Ob2SignedCheck(), new KeyBindingCheck(), new Ob2RevocationListCheck(), new IssuedCheck(), new ExpiredCheck(),
            new RecipientCheck(), new TrustedIssuerCheck());

    private final Settings settings;

    Pipeline(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /** Verifies raw input bytes (an image, JSON or a compact JWS). */
    VerificationReport run(String subject, byte[] bytes) {
        Verification v = new Verification(subject, this, 0);
        if (Intake.read(v, bytes)) {
            runChecks(v);
        }
        return report(v);
    }

    /** Verifies an embedded credential (an endorsement) at the given nesting depth. */
    VerificationReport runEmbedded(String subject, JsonNode credential, int depth) {
        Verification v = new Verification(subject, this, depth);
        if (Intake.readEmbedded(v, credential)) {
            runChecks(v);
        }
        return report(v);
    }

    /** Verifies an embedded compact VC-JWT (an {@code endorsementJwt} entry) at the given nesting depth. */
    VerificationReport runEmbeddedJwt(String subject, String compact, int depth) {
        Verification v = new Verification(subject, this, depth);
        if (Intake.readEmbeddedJwt(v, compact)) {
            runChecks(v);
        }
        return report(v);
    }

    private void runChecks(Verification v) {
        for (Check check : v.format().ob2() ? OB2 : OB3) {
            v.add(runGuarded(check, v));
        }
    }

    /**
     * A check that trips over a value nobody anticipated reports a failure instead of aborting the whole verification: the
     * other checks still run and the user sees which check could not complete.
     */
    private static CheckResult runGuarded(Check check, Verification v) {
        try {
            return check.run(v);
        } catch (RuntimeException e) {
            return CheckResult.failed(check.id(), "the check could not complete: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Json.quote(e.getMessage())), null);
        }
    }

    private VerificationReport report(Verification v) {
        List<CheckResult> results = v.results;
        if (settings.strict()) {
            List<CheckResult> strict = new ArrayList<>(results.size());
            for (CheckResult result : results) {
                strict.add(result.outcome() == Outcome.WARNING
                        ? new CheckResult(result.id(), Outcome.FAILED, result.message() + " (a warning, failed under --strict)",
                                result.pointer())
                        : result);
            }
            results = strict;
        }
        BadgeFormat format = v.format();
        boolean known = format.recognized();
        return new VerificationReport(v.subject, format, known ? Summary.issuerId(v) : null,
                known ? Summary.issuerName(v) : null, known ? Summary.achievement(v) : null, known ? Summary.issued(v) : null,
                known ? Summary.expires(v) : null, results, settings.strict());
    }
}
