package org.badgekit.verify;

import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.sign.ProofResult;

/**
 * {@code ob2.signed}: an OB 2.0 signed assertion's JWS verifies with a key that the issuer's hosted profile lists
 * (DIGEST §2.2). The key's ownership is reported by {@code proof.key-binding}.
 */
final class Ob2SignedCheck implements Check {
    static final String ID = "ob2.signed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (!v.format().ob2()) {
            return CheckResult.skipped(ID, "not an OB 2.0 badge");
        }
        if (v.kind != BadgeFormat.Kind.OB2_JWS) {
            return Ob2HostedCheck.hosted(v.document)
                    ? CheckResult.skipped(ID, "a hosted assertion: see ob2.hosted")
                    : CheckResult.failed(ID, "verification type is SignedBadge but the badge is plain JSON, not a JWS",
                            "/verification/type");
        }
        int missesBefore = v.resolver.misses().size();
        Ob2Documents.load(v); // the hosted profile, for ob2.revocation-list and the summary; the JWS check fetches its own
        ProofResult result;
        try {
            result = v.settings.pieces().proofs().verifyOb2Jws(v.compact, v.resolver);
        } catch (BadgeException e) {
            return CheckResult.failed(ID, e.getMessage(), null);
        }
        v.proofResults = List.of(result);
        if (!result.signatureValid()) {
            return CheckResult.failed(ID, result.suite() + " signature not verified: " + result.message()
                    + v.resolver.hintSince(missesBefore), null);
        }
        return CheckResult.passed(ID, result.suite() + " signature verified with key "
                + Json.quote(result.verificationMethod()) + ": " + result.message());
    }
}
